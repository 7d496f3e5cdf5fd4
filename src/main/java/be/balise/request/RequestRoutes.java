package be.balise.request;

import static be.balise.identity.Role.FUND_OFFICER;
import static be.balise.identity.Role.WORKER;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.util.List;

import be.balise.identity.RouteRule;
import be.balise.identity.RouteRules;
import org.springframework.stereotype.Component;

@Component
class RequestRoutes implements RouteRules {

	@Override
	public List<RouteRule> rules() {
		return List.of(
				RouteRule.roles(GET, "/worker/requests/new", WORKER),
				RouteRule.roles(POST, "/worker/requests", WORKER),
				RouteRule.roles(GET, "/worker/bilans/{id}/request", WORKER),
				RouteRule.roles(POST, "/worker/bilans/{id}/request", WORKER),
				RouteRule.roles(GET, "/fund", FUND_OFFICER),
				RouteRule.roles(GET, "/fund/requests/{id}", FUND_OFFICER),
				RouteRule.roles(POST, "/fund/requests/{id}/decision", FUND_OFFICER),
				RouteRule.roles(POST, "/fund/requests/accept", FUND_OFFICER),
				RouteRule.roles(GET, "/worker/bilans/{id}/decision", WORKER));
	}
}
