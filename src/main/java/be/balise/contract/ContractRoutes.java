package be.balise.contract;

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
class ContractRoutes implements RouteRules {

	@Override
	public List<RouteRule> rules() {
		return List.of(
				RouteRule.roles(GET, "/counsellor/bilans/{id}/first-meeting", COUNSELLOR),
				RouteRule.roles(POST, "/counsellor/bilans/{id}/first-meeting", COUNSELLOR),
				RouteRule.roles(GET, "/worker/bilans/{id}/convention", WORKER),
				RouteRule.roles(POST, "/worker/bilans/{id}/convention/sign", WORKER),
				RouteRule.roles(GET, "/worker/bilans/{id}/convention/document", WORKER),
				RouteRule.roles(GET, "/worker/bilans/{id}/convention/signed", WORKER),
				RouteRule.roles(GET, "/worker/bilans/{id}/consent", WORKER),
				RouteRule.roles(POST, "/worker/bilans/{id}/consent", WORKER),
				RouteRule.roles(POST, "/worker/bilans/{id}/consent/withdraw", WORKER),
				RouteRule.roles(GET, "/counsellor/bilans/{id}/convention", COUNSELLOR),
				RouteRule.roles(POST, "/counsellor/bilans/{id}/convention/sign", COUNSELLOR),
				RouteRule.roles(GET, "/counsellor/bilans/{id}/convention/document", COUNSELLOR),
				RouteRule.roles(GET, "/counsellor/bilans/{id}/convention/signed", COUNSELLOR),
				RouteRule.roles(GET, "/operator/bilans/{id}/convention", OPERATOR_ADMIN),
				RouteRule.roles(POST, "/operator/bilans/{id}/convention/sign", OPERATOR_ADMIN),
				RouteRule.roles(GET, "/operator/bilans/{id}/convention/document", OPERATOR_ADMIN),
				RouteRule.roles(GET, "/operator/bilans/{id}/convention/signed", OPERATOR_ADMIN),
				RouteRule.roles(GET, "/operator/bilans/{id}/convention/paper", OPERATOR_ADMIN),
				RouteRule.roles(POST, "/operator/bilans/{id}/convention/paper", OPERATOR_ADMIN),
				RouteRule.roles(POST, "/operator/bilans/{id}/convention/delegate", OPERATOR_ADMIN),
				RouteRule.roles(GET, "/fund/bilans/{id}/convention", FUND_OFFICER),
				RouteRule.roles(POST, "/fund/bilans/{id}/convention/sign", FUND_OFFICER),
				RouteRule.roles(GET, "/fund/bilans/{id}/convention/document", FUND_OFFICER),
				RouteRule.roles(GET, "/fund/bilans/{id}/convention/signed", FUND_OFFICER),
				RouteRule.roles(GET, "/fund/conventions", FUND_OFFICER),
				RouteRule.roles(POST, "/fund/conventions/sign", FUND_OFFICER));
	}
}
