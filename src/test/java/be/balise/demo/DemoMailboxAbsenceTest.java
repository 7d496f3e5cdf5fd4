package be.balise.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;

import be.balise.identity.RouteRules;
import be.balise.mail.DemoMailbox;
import be.balise.testing.FullStackTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** Outside the demo profile there is no mailbox: no bean, no route, no page (DemoMailboxTest shows it in demo). */
@FullStackTest
class DemoMailboxAbsenceTest {

	@Autowired ApplicationContext context;
	@Autowired MockMvc mvc;
	@Autowired List<RouteRules> routes;
	@Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

	@Test
	void theMailboxExistsOnlyInTheDemoProfile() throws Exception {
		assertThat(context.getBeanNamesForType(DemoMailbox.class)).isEmpty();
		assertThat(mappings.getHandlerMethods().keySet())
				.flatMap(info -> List.copyOf(info.getPatternValues()))
				.noneMatch(pattern -> pattern.startsWith("/demo/"));
		assertThat(routes).flatMap(RouteRules::rules).noneMatch(rule -> rule.pattern().startsWith("/demo/"));
		assertThat(mvc.perform(get("/demo/mailbox")).andReturn().getResponse().getStatus()).isNotEqualTo(200);
	}
}
