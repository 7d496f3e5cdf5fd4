package be.balise.caseload;

import static be.balise.identity.Role.COUNSELLOR;
import static be.balise.identity.Role.PLATFORM_ADMIN;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.util.List;

import be.balise.identity.RouteRule;
import be.balise.identity.RouteRules;
import org.springframework.stereotype.Component;

@Component
class CaseloadRoutes implements RouteRules {

	@Override
	public List<RouteRule> rules() {
		return List.of(
				RouteRule.roles(GET, "/counsellor", COUNSELLOR),
				RouteRule.roles(POST, "/admin/caseload/rebuild", PLATFORM_ADMIN));
	}
}
