package be.balise.scheme;

import static be.balise.identity.Role.FUND_OFFICER;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.util.List;

import be.balise.identity.RouteRule;
import be.balise.identity.RouteRules;
import org.springframework.stereotype.Component;

@Component
class SchemeRoutes implements RouteRules {

	@Override
	public List<RouteRule> rules() {
		return List.of(
				RouteRule.roles(GET, "/fund/schemes", FUND_OFFICER),
				RouteRule.roles(GET, "/fund/schemes/new", FUND_OFFICER),
				RouteRule.roles(POST, "/fund/schemes", FUND_OFFICER),
				RouteRule.roles(GET, "/fund/schemes/{id}", FUND_OFFICER),
				RouteRule.roles(GET, "/fund/schemes/{id}/edit", FUND_OFFICER),
				RouteRule.roles(POST, "/fund/schemes/{id}", FUND_OFFICER),
				RouteRule.roles(GET, "/fund/schemes/{id}/operators", FUND_OFFICER),
				RouteRule.roles(POST, "/fund/schemes/{id}/operators", FUND_OFFICER),
				RouteRule.roles(POST, "/fund/schemes/{id}/operators/{selection}/end", FUND_OFFICER));
	}
}
