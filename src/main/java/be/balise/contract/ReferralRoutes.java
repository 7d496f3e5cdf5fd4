package be.balise.contract;

import static be.balise.identity.Role.COUNSELLOR;
import static be.balise.identity.Role.WORKER;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.util.List;

import be.balise.identity.RouteRule;
import be.balise.identity.RouteRules;
import org.springframework.stereotype.Component;

/** Referral from the first meeting to a scheme of the lexicon (kept apart from the first-meeting routes). */
@Component
class ReferralRoutes implements RouteRules {

	@Override
	public List<RouteRule> rules() {
		return List.of(
				RouteRule.roles(GET, "/counsellor/bilans/{id}/referral", COUNSELLOR),
				RouteRule.roles(POST, "/counsellor/bilans/{id}/referral", COUNSELLOR),
				RouteRule.roles(GET, "/worker/bilans/{id}/referral", WORKER));
	}
}
