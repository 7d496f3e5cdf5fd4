package be.balise.synthesis;

import static be.balise.identity.Role.COUNSELLOR;
import static be.balise.identity.Role.WORKER;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.util.List;

import be.balise.identity.RouteRule;
import be.balise.identity.RouteRules;
import org.springframework.stereotype.Component;

/** Who may call each route of the synthesis; the public share link is open to anyone who holds the link and code. */
@Component
class SynthesisRoutes implements RouteRules {

	static final String COUNSELLOR_BASE = "/counsellor/bilans/{id}/synthesis";
	static final String WORKER_BASE = "/worker/bilans/{id}/synthesis";

	@Override
	public List<RouteRule> rules() {
		return List.of(
				RouteRule.roles(GET, COUNSELLOR_BASE, COUNSELLOR),
				RouteRule.roles(POST, COUNSELLOR_BASE, COUNSELLOR),
				RouteRule.roles(POST, COUNSELLOR_BASE + "/prefill", COUNSELLOR),
				RouteRule.roles(POST, COUNSELLOR_BASE + "/sections", COUNSELLOR),
				RouteRule.roles(POST, COUNSELLOR_BASE + "/comments", COUNSELLOR),
				RouteRule.roles(POST, COUNSELLOR_BASE + "/validate", COUNSELLOR),
				RouteRule.roles(GET, COUNSELLOR_BASE + "/versions", COUNSELLOR),
				RouteRule.roles(POST, COUNSELLOR_BASE + "/actions", COUNSELLOR),
				RouteRule.roles(POST, COUNSELLOR_BASE + "/actions/{action}", COUNSELLOR),
				RouteRule.roles(POST, COUNSELLOR_BASE + "/actions/{action}/remove", COUNSELLOR),
				RouteRule.roles(GET, WORKER_BASE, WORKER),
				RouteRule.roles(POST, WORKER_BASE + "/sections", WORKER),
				RouteRule.roles(POST, WORKER_BASE + "/comments", WORKER),
				RouteRule.roles(POST, WORKER_BASE + "/validate", WORKER),
				RouteRule.roles(GET, WORKER_BASE + "/versions", WORKER),
				RouteRule.roles(POST, WORKER_BASE + "/actions", WORKER),
				RouteRule.roles(POST, WORKER_BASE + "/actions/{action}", WORKER),
				RouteRule.roles(POST, WORKER_BASE + "/actions/{action}/remove", WORKER),
				RouteRule.roles(POST, WORKER_BASE + "/actions/{action}/status", WORKER),
				RouteRule.roles(POST, WORKER_BASE + "/instruments", WORKER),
				RouteRule.roles(GET, WORKER_BASE + "/pdf", WORKER),
				RouteRule.roles(GET, WORKER_BASE + "/shares", WORKER),
				RouteRule.roles(POST, WORKER_BASE + "/shares", WORKER),
				RouteRule.roles(POST, WORKER_BASE + "/shares/{share}/revoke", WORKER),
				RouteRule.open(GET, "/shared/{token}"),
				RouteRule.open(POST, "/shared/{token}"),
				RouteRule.open(GET, "/shared/{token}/pdf"));
	}
}
