package be.balise.reference;

import static be.balise.identity.Role.FUND_OFFICER;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.util.List;

import be.balise.identity.RouteRule;
import be.balise.identity.RouteRules;
import org.springframework.stereotype.Component;

/** Reference content is public to every signed-in person; only fund officers edit it. */
@Component
class ReferenceRoutes implements RouteRules {

	@Override
	public List<RouteRule> rules() {
		return List.of(
				RouteRule.signedIn(GET, "/reference"),
				RouteRule.signedIn(GET, "/reference/referral-helper"),
				RouteRule.signedIn(GET, "/reference/{kind}"),
				RouteRule.signedIn(GET, "/reference/{kind}/versions"),
				RouteRule.signedIn(GET, "/reference/{kind}/versions/{version:\\d+}"),
				RouteRule.signedIn(GET, "/reference/schemes/{code}"),
				RouteRule.signedIn(GET, "/reference/schemes/{code}/versions/{version:\\d+}"),
				RouteRule.roles(GET, "/fund/reference/{kind}/edit", FUND_OFFICER),
				RouteRule.roles(POST, "/fund/reference/{kind}", FUND_OFFICER),
				RouteRule.roles(GET, "/fund/reference/schemes/{code}/edit", FUND_OFFICER),
				RouteRule.roles(POST, "/fund/reference/schemes/{code}", FUND_OFFICER));
	}
}
