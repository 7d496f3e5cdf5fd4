package be.balise.organisation;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.util.List;

import be.balise.identity.Role;
import be.balise.identity.RouteRule;
import be.balise.identity.RouteRules;
import org.springframework.stereotype.Component;

@Component
class OrganisationRoutes implements RouteRules {

	@Override
	public List<RouteRule> rules() {
		return List.of(
				RouteRule.roles(GET, "/admin", Role.PLATFORM_ADMIN),
				RouteRule.roles(GET, "/admin/funds/new", Role.PLATFORM_ADMIN),
				RouteRule.roles(POST, "/admin/funds", Role.PLATFORM_ADMIN),
				RouteRule.roles(GET, "/admin/operators/new", Role.PLATFORM_ADMIN),
				RouteRule.roles(POST, "/admin/operators", Role.PLATFORM_ADMIN),
				RouteRule.roles(GET, "/admin/funds/{fundId}/invitations/new", Role.PLATFORM_ADMIN),
				RouteRule.roles(POST, "/admin/funds/{fundId}/invitations", Role.PLATFORM_ADMIN),
				RouteRule.roles(GET, "/admin/operators/{operatorId}/invitations/new", Role.PLATFORM_ADMIN),
				RouteRule.roles(POST, "/admin/operators/{operatorId}/invitations", Role.PLATFORM_ADMIN),
				RouteRule.roles(GET, "/operator", Role.OPERATOR_ADMIN),
				RouteRule.roles(GET, "/operator/{operatorId}/invitations/new", Role.OPERATOR_ADMIN),
				RouteRule.roles(POST, "/operator/{operatorId}/invitations", Role.OPERATOR_ADMIN),
				RouteRule.roles(POST, "/operator/{operatorId}/counsellors/{accountId}/disable", Role.OPERATOR_ADMIN),
				RouteRule.roles(POST, "/operator/{operatorId}/counsellors/{accountId}/enable", Role.OPERATOR_ADMIN));
	}
}
