package be.balise.privacy;

import static be.balise.identity.Role.FUND_OFFICER;
import static be.balise.identity.Role.OPERATOR_ADMIN;
import static be.balise.identity.Role.WORKER;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

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
				RouteRule.roles(GET, "/worker/export", WORKER),
				RouteRule.roles(POST, "/worker/bilans/{id}/erasure", WORKER),
				RouteRule.roles(GET, "/privacy/erasure-requests", FUND_OFFICER, OPERATOR_ADMIN));
	}
}
