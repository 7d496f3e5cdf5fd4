package be.balise.planning;

import static be.balise.identity.Role.COUNSELLOR;
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
class PlanningRoutes implements RouteRules {

	@Override
	public List<RouteRule> rules() {
		return List.of(
				RouteRule.roles(GET, "/counsellor/bilans/{id}/sessions", COUNSELLOR),
				RouteRule.roles(POST, "/counsellor/bilans/{id}/sessions", COUNSELLOR),
				RouteRule.roles(POST, "/counsellor/bilans/{id}/sessions/{session}", COUNSELLOR),
				RouteRule.roles(POST, "/counsellor/bilans/{id}/sessions/{session}/move", COUNSELLOR),
				RouteRule.roles(POST, "/counsellor/bilans/{id}/rhythm", COUNSELLOR),
				RouteRule.roles(GET, "/counsellor/calendar", COUNSELLOR),
				RouteRule.roles(POST, "/counsellor/calendar", COUNSELLOR),
				// The token in the address is the credential: calendar applications cannot sign in.
				RouteRule.open(GET, "/calendar/{token}.ics"),
				RouteRule.roles(GET, "/fund/bilans/{id}/sessions", FUND_OFFICER),
				RouteRule.roles(GET, "/operator/bilans/{id}/sessions", OPERATOR_ADMIN),
				RouteRule.roles(GET, "/worker/bilans/{id}/sessions", WORKER),
				RouteRule.roles(GET, "/worker/bilans/{id}/attendance.pdf", WORKER),
				RouteRule.roles(POST, "/worker/bilans/{id}/sessions/{session}/move-request", WORKER),
				RouteRule.roles(GET, "/counsellor/bilans/{id}/timeline", COUNSELLOR),
				RouteRule.roles(GET, "/worker/bilans/{id}/timeline", WORKER),
				RouteRule.roles(GET, "/counsellor/slots", COUNSELLOR),
				RouteRule.roles(POST, "/counsellor/slots", COUNSELLOR),
				RouteRule.roles(POST, "/counsellor/slots/{slot}/withdraw", COUNSELLOR),
				RouteRule.roles(POST, "/worker/bilans/{id}/slots/{slot}", WORKER));
	}
}
