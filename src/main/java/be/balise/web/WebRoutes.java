package be.balise.web;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.util.List;

import be.balise.identity.RouteRule;
import be.balise.identity.RouteRules;
import org.springframework.stereotype.Component;

@Component
class WebRoutes implements RouteRules {

	@Override
	public List<RouteRule> rules() {
		return List.of(
				RouteRule.open(GET, "/"),
				RouteRule.open(POST, "/language"),
				// the error page answers the method of the failed request, so a failed POST lands on POST /error
				RouteRule.open(GET, "/error"),
				RouteRule.open(POST, "/error"));
	}
}
