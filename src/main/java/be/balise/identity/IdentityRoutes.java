package be.balise.identity;

import static org.springframework.http.HttpMethod.GET;

import java.util.List;

import org.springframework.stereotype.Component;

@Component
class IdentityRoutes implements RouteRules {

	@Override
	public List<RouteRule> rules() {
		return List.of(RouteRule.open(GET, "/login"));
	}
}
