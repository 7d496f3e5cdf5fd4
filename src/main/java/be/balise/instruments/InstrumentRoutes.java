package be.balise.instruments;

import static be.balise.identity.Role.COUNSELLOR;
import static be.balise.identity.Role.WORKER;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.util.List;

import be.balise.identity.RouteRule;
import be.balise.identity.RouteRules;
import org.springframework.stereotype.Component;

@Component
class InstrumentRoutes implements RouteRules {

	@Override
	public List<RouteRule> rules() {
		return List.of(
				RouteRule.roles(GET, "/counsellor/bilans/{id}/instruments", COUNSELLOR),
				RouteRule.roles(POST, "/counsellor/bilans/{id}/instruments", COUNSELLOR),
				RouteRule.roles(GET, "/counsellor/bilans/{id}/instruments/{assignment}", COUNSELLOR),
				RouteRule.roles(POST, "/counsellor/bilans/{id}/instruments/{assignment}/reading", COUNSELLOR),
				RouteRule.roles(GET, "/counsellor/bilans/{id}/instruments/{assignment}/pdf", COUNSELLOR),
				RouteRule.roles(GET, "/worker/bilans/{id}/instruments/{assignment}/pdf", WORKER),
				RouteRule.roles(GET, "/counsellor/bilans/{id}/instruments/{assignment}/answer", COUNSELLOR),
				RouteRule.roles(POST, "/counsellor/bilans/{id}/instruments/{assignment}/answer", COUNSELLOR),
				RouteRule.roles(GET, "/counsellor/bilans/{id}/instruments/{assignment}/answer/summary", COUNSELLOR),
				RouteRule.roles(POST, "/counsellor/bilans/{id}/instruments/{assignment}/answer/submit", COUNSELLOR),
				RouteRule.roles(GET, "/worker/bilans/{id}/instruments", WORKER),
				RouteRule.roles(GET, "/worker/bilans/{id}/instruments/{assignment}", WORKER),
				RouteRule.roles(POST, "/worker/bilans/{id}/instruments/{assignment}", WORKER),
				RouteRule.roles(GET, "/worker/bilans/{id}/instruments/{assignment}/summary", WORKER),
				RouteRule.roles(POST, "/worker/bilans/{id}/instruments/{assignment}/submit", WORKER),
				RouteRule.roles(GET, "/worker/bilans/{id}/instruments/{assignment}/result", WORKER),
				RouteRule.roles(POST, "/worker/bilans/{id}/instruments/{assignment}/comment", WORKER));
	}
}
