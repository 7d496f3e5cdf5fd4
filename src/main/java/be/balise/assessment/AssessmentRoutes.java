package be.balise.assessment;

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
class AssessmentRoutes implements RouteRules {

	@Override
	public List<RouteRule> rules() {
		return List.of(
				RouteRule.roles(GET, "/worker", WORKER),
				RouteRule.roles(GET, "/worker/bilans/{id}", WORKER),
				RouteRule.roles(POST, "/worker/bilans/{id}/operator", WORKER),
				RouteRule.roles(GET, "/worker/bilans/{id}/operators", WORKER),
				RouteRule.roles(POST, "/worker/bilans/{id}/counsellor-change", WORKER),
				RouteRule.roles(POST, "/worker/bilans/{id}/abandon", WORKER),
				RouteRule.roles(GET, "/counsellor/bilans/{id}", COUNSELLOR),
				RouteRule.roles(POST, "/counsellor/bilans/{id}/phase", COUNSELLOR),
				RouteRule.roles(POST, "/counsellor/bilans/{id}/lapse", COUNSELLOR),
				RouteRule.roles(POST, "/counsellor/bilans/{id}/decline", COUNSELLOR),
				RouteRule.roles(POST, "/counsellor/bilans/{id}/suspend", COUNSELLOR),
				RouteRule.roles(POST, "/counsellor/bilans/{id}/resume", COUNSELLOR),
				RouteRule.roles(GET, "/fund/bilans", FUND_OFFICER),
				RouteRule.roles(GET, "/fund/bilans/{id}", FUND_OFFICER),
				RouteRule.roles(GET, "/operator/bilans", OPERATOR_ADMIN),
				RouteRule.roles(GET, "/operator/bilans/{id}", OPERATOR_ADMIN),
				RouteRule.roles(POST, "/operator/bilans/{id}/assign", OPERATOR_ADMIN),
				RouteRule.roles(POST, "/operator/bilans/{id}/decline", OPERATOR_ADMIN),
				RouteRule.roles(POST, "/operator/bilans/{id}/counsellor-change", OPERATOR_ADMIN));
	}
}
