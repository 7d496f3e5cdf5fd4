package be.balise.privacy;

import static be.balise.identity.Role.WORKER;
import static org.springframework.http.HttpMethod.GET;

import java.util.List;

import be.balise.identity.RouteRule;
import be.balise.identity.RouteRules;
import org.springframework.stereotype.Component;

@Component
class PrivacyRoutes implements RouteRules {

	@Override
	public List<RouteRule> rules() {
		return List.of(
				RouteRule.roles(GET, "/worker/bilans/{id}/access-log", WORKER),
				RouteRule.roles(GET, "/worker/export", WORKER));
	}
}
