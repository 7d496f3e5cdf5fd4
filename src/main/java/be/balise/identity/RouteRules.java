package be.balise.identity;

import java.util.List;

/**
 * Each module declares the routes it serves and who may call them; together they form the one
 * authorization table (SECURITY.md A1). A route that no module declares is refused to everyone.
 */
public interface RouteRules {

	List<RouteRule> rules();
}
