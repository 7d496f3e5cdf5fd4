package be.balise.identity;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.util.List;

import org.springframework.stereotype.Component;

@Component
class IdentityRoutes implements RouteRules {

	@Override
	public List<RouteRule> rules() {
		return List.of(
				RouteRule.open(GET, "/login"),
				RouteRule.open(GET, "/signup"),
				RouteRule.open(POST, "/signup"),
				RouteRule.open(GET, "/signup/confirm"),
				RouteRule.open(POST, "/signup/confirm"),
				RouteRule.open(GET, "/invitation"),
				RouteRule.open(POST, "/invitation"),
				RouteRule.open(GET, "/password/forgotten"),
				RouteRule.open(POST, "/password/forgotten"),
				RouteRule.open(GET, "/password/reset"),
				RouteRule.open(POST, "/password/reset"),
				RouteRule.signedIn(GET, "/account"),
				RouteRule.signedIn(GET, "/account/password"),
				RouteRule.signedIn(POST, "/account/password"),
				RouteRule.signedIn(GET, "/account/email"),
				RouteRule.signedIn(POST, "/account/email"),
				// Open: the link proves the new address, whichever browser it is opened in.
				RouteRule.open(GET, "/account/email/confirm"),
				RouteRule.open(POST, "/account/email/confirm"),
				RouteRule.roles(GET, "/admin/accounts", Role.PLATFORM_ADMIN),
				RouteRule.roles(POST, "/admin/accounts/{id}/disable", Role.PLATFORM_ADMIN),
				RouteRule.roles(POST, "/admin/accounts/{id}/enable", Role.PLATFORM_ADMIN));
	}
}
