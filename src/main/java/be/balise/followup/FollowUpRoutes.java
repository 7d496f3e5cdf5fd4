package be.balise.followup;

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
class FollowUpRoutes implements RouteRules {

	@Override
	public List<RouteRule> rules() {
		return List.of(
				RouteRule.roles(GET, "/worker/bilans/{id}/appraisal", WORKER),
				RouteRule.roles(POST, "/worker/bilans/{id}/appraisal", WORKER),
				RouteRule.roles(GET, "/worker/bilans/{id}/follow-up", WORKER),
				RouteRule.roles(POST, "/worker/bilans/{id}/follow-up/{interview}/agree", WORKER),
				RouteRule.roles(GET, "/worker/bilans/{id}/follow-up/{interview}/self-assessment", WORKER),
				RouteRule.roles(POST, "/worker/bilans/{id}/follow-up/{interview}/self-assessment", WORKER),
				RouteRule.roles(POST, "/worker/bilans/{id}/retention-extension", WORKER),
				RouteRule.roles(GET, "/counsellor/bilans/{id}/follow-up", COUNSELLOR),
				RouteRule.roles(POST, "/counsellor/bilans/{id}/follow-up", COUNSELLOR),
				RouteRule.roles(POST, "/counsellor/bilans/{id}/follow-up/{interview}/record", COUNSELLOR),
				RouteRule.roles(POST, "/counsellor/bilans/{id}/closure", COUNSELLOR),
				RouteRule.roles(GET, "/counsellor/appraisals", COUNSELLOR),
				RouteRule.roles(GET, "/operator/appraisals", OPERATOR_ADMIN),
				RouteRule.roles(GET, "/fund/appraisals", FUND_OFFICER));
	}
}
