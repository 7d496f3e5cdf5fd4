package be.balise.casework;

import static be.balise.identity.Role.COUNSELLOR;
import static be.balise.identity.Role.WORKER;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.util.List;

import be.balise.identity.RouteRule;
import be.balise.identity.RouteRules;
import org.springframework.stereotype.Component;

@Component
class CaseworkRoutes implements RouteRules {

	@Override
	public List<RouteRule> rules() {
		return List.of(
				RouteRule.roles(GET, "/counsellor/bilans/{id}/notes", COUNSELLOR),
				RouteRule.roles(POST, "/counsellor/bilans/{id}/notes", COUNSELLOR),
				RouteRule.roles(GET, "/counsellor/bilans/{id}/objectives", COUNSELLOR),
				RouteRule.roles(POST, "/counsellor/bilans/{id}/objectives", COUNSELLOR),
				RouteRule.roles(POST, "/counsellor/bilans/{id}/objectives/{objective}", COUNSELLOR),
				RouteRule.roles(POST, "/counsellor/bilans/{id}/objectives/{objective}/comments", COUNSELLOR),
				RouteRule.roles(GET, "/worker/bilans/{id}/objectives", WORKER),
				RouteRule.roles(POST, "/worker/bilans/{id}/objectives", WORKER),
				RouteRule.roles(POST, "/worker/bilans/{id}/objectives/{objective}", WORKER),
				RouteRule.roles(POST, "/worker/bilans/{id}/objectives/{objective}/comments", WORKER),
				RouteRule.roles(GET, "/counsellor/bilans/{id}/options", COUNSELLOR),
				RouteRule.roles(POST, "/counsellor/bilans/{id}/options", COUNSELLOR),
				RouteRule.roles(POST, "/counsellor/bilans/{id}/options/{option}", COUNSELLOR),
				RouteRule.roles(POST, "/counsellor/bilans/{id}/options/{option}/rank", COUNSELLOR),
				RouteRule.roles(POST, "/counsellor/bilans/{id}/options/{option}/drop", COUNSELLOR),
				RouteRule.roles(POST, "/counsellor/bilans/{id}/options/{option}/merge", COUNSELLOR),
				RouteRule.roles(GET, "/worker/bilans/{id}/options", WORKER),
				RouteRule.roles(POST, "/worker/bilans/{id}/options", WORKER),
				RouteRule.roles(POST, "/worker/bilans/{id}/options/{option}", WORKER),
				RouteRule.roles(POST, "/worker/bilans/{id}/options/{option}/rank", WORKER),
				RouteRule.roles(POST, "/worker/bilans/{id}/options/{option}/drop", WORKER),
				RouteRule.roles(POST, "/worker/bilans/{id}/options/{option}/merge", WORKER),
				RouteRule.roles(GET, "/counsellor/bilans/{id}/tasks", COUNSELLOR),
				RouteRule.roles(POST, "/counsellor/bilans/{id}/tasks", COUNSELLOR),
				RouteRule.roles(POST, "/counsellor/bilans/{id}/tasks/{task}/done", COUNSELLOR),
				RouteRule.roles(GET, "/worker/bilans/{id}/tasks", WORKER),
				RouteRule.roles(POST, "/worker/bilans/{id}/tasks", WORKER),
				RouteRule.roles(POST, "/worker/bilans/{id}/tasks/{task}/done", WORKER),
				RouteRule.roles(GET, "/counsellor/bilans/{id}/messages", COUNSELLOR),
				RouteRule.roles(POST, "/counsellor/bilans/{id}/messages", COUNSELLOR),
				RouteRule.roles(GET, "/worker/bilans/{id}/messages", WORKER),
				RouteRule.roles(POST, "/worker/bilans/{id}/messages", WORKER),
				RouteRule.roles(GET, "/counsellor/bilans/{id}/documents", COUNSELLOR),
				RouteRule.roles(POST, "/counsellor/bilans/{id}/documents", COUNSELLOR),
				RouteRule.roles(GET, "/counsellor/bilans/{id}/documents/{document}", COUNSELLOR),
				RouteRule.roles(GET, "/worker/bilans/{id}/documents", WORKER),
				RouteRule.roles(POST, "/worker/bilans/{id}/documents", WORKER),
				RouteRule.roles(GET, "/worker/bilans/{id}/documents/{document}", WORKER),
				RouteRule.roles(GET, "/counsellor/bilans/{id}/research", COUNSELLOR),
				RouteRule.roles(POST, "/counsellor/bilans/{id}/research", COUNSELLOR),
				RouteRule.roles(GET, "/worker/bilans/{id}/research", WORKER),
				RouteRule.roles(POST, "/worker/bilans/{id}/research", WORKER));
	}
}
