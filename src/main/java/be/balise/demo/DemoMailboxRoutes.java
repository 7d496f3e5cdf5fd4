package be.balise.demo;

import static org.springframework.http.HttpMethod.GET;

import java.util.List;

import be.balise.identity.RouteRule;
import be.balise.identity.RouteRules;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** The demo mailbox is open to anyone trying the demo (a newcomer must open an invitation before signing in). */
@Component
@Profile("demo")
class DemoMailboxRoutes implements RouteRules {

	@Override
	public List<RouteRule> rules() {
		return List.of(
				RouteRule.open(GET, "/demo/mailbox"),
				RouteRule.open(GET, "/demo/mailbox/{id}"),
				RouteRule.open(GET, "/demo/mailbox/{id}/attachments/{position}"));
	}
}
