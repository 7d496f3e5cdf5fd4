package be.balise.instruments;

import static be.balise.identity.Role.COUNSELLOR;
import static be.balise.identity.Role.OPERATOR_ADMIN;
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
				RouteRule.roles(GET, "/counsellor/bilans/{id}/portfolio", COUNSELLOR),
				RouteRule.roles(POST, "/counsellor/bilans/{id}/portfolio/experiences", COUNSELLOR),
				RouteRule.roles(POST, "/counsellor/bilans/{id}/portfolio/skills", COUNSELLOR),
				RouteRule.roles(POST, "/counsellor/bilans/{id}/portfolio/experiences/{experience}/delete", COUNSELLOR),
				RouteRule.roles(POST, "/counsellor/bilans/{id}/portfolio/skills/{skill}/delete", COUNSELLOR),
				RouteRule.roles(GET, "/worker/bilans/{id}/portfolio", WORKER),
				RouteRule.roles(POST, "/worker/bilans/{id}/portfolio/experiences", WORKER),
				RouteRule.roles(POST, "/worker/bilans/{id}/portfolio/skills", WORKER),
				RouteRule.roles(POST, "/worker/bilans/{id}/portfolio/experiences/{experience}/delete", WORKER),
				RouteRule.roles(POST, "/worker/bilans/{id}/portfolio/skills/{skill}/delete", WORKER),
				RouteRule.roles(GET, "/counsellor/bilans/{id}/external-tests", COUNSELLOR),
				RouteRule.roles(POST, "/counsellor/bilans/{id}/external-tests", COUNSELLOR),
				RouteRule.roles(POST, "/counsellor/bilans/{id}/external-tests/{test}/reading", COUNSELLOR),
				RouteRule.roles(POST, "/counsellor/bilans/{id}/external-tests/{test}/delete", COUNSELLOR),
				RouteRule.roles(GET, "/counsellor/bilans/{id}/external-tests/{test}/report", COUNSELLOR),
				RouteRule.roles(GET, "/worker/bilans/{id}/external-tests", WORKER),
				RouteRule.roles(GET, "/worker/bilans/{id}/external-tests/{test}/report", WORKER),
				RouteRule.roles(GET, "/operator/questionnaires", OPERATOR_ADMIN),
				RouteRule.roles(POST, "/operator/questionnaires", OPERATOR_ADMIN),
				RouteRule.roles(GET, "/operator/questionnaires/{questionnaire}", OPERATOR_ADMIN),
				RouteRule.roles(POST, "/operator/questionnaires/{questionnaire}", OPERATOR_ADMIN),
				RouteRule.roles(POST, "/operator/questionnaires/{questionnaire}/scales", OPERATOR_ADMIN),
				RouteRule.roles(POST, "/operator/questionnaires/{questionnaire}/scales/{scale}/delete", OPERATOR_ADMIN),
				RouteRule.roles(POST, "/operator/questionnaires/{questionnaire}/items", OPERATOR_ADMIN),
				RouteRule.roles(POST, "/operator/questionnaires/{questionnaire}/items/{item}/delete", OPERATOR_ADMIN),
				RouteRule.roles(POST, "/operator/questionnaires/{questionnaire}/publish", OPERATOR_ADMIN),
				RouteRule.roles(GET, "/worker/bilans/{id}/instruments", WORKER),
				RouteRule.roles(GET, "/worker/bilans/{id}/instruments/{assignment}", WORKER),
				RouteRule.roles(POST, "/worker/bilans/{id}/instruments/{assignment}", WORKER),
				RouteRule.roles(GET, "/worker/bilans/{id}/instruments/{assignment}/summary", WORKER),
				RouteRule.roles(POST, "/worker/bilans/{id}/instruments/{assignment}/submit", WORKER),
				RouteRule.roles(GET, "/worker/bilans/{id}/instruments/{assignment}/result", WORKER),
				RouteRule.roles(POST, "/worker/bilans/{id}/instruments/{assignment}/comment", WORKER));
	}
}
