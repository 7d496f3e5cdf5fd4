package be.balise.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import be.balise.identity.CurrentUser;
import be.balise.request.RequestService;
import be.balise.testing.FullStackTest;
import be.balise.testing.World;
import be.balise.testing.WorldFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The fund offers operators per scheme and period; the worker chooses among those offered today, with filters. */
@FullStackTest
class OperatorChoiceTest {

	@Autowired MockMvc mvc;
	@Autowired WorldFactory worlds;
	@Autowired RequestService requests;
	@Autowired Bilans bilans;
	@Autowired Clock clock;

	LocalDate today() {
		return LocalDate.now(clock.withZone(ZoneId.of("Europe/Brussels")));
	}

	BilanId accepted(World world, CurrentUser worker) {
		BilanId bilan = world.request(worker, "raisons");
		requests.decide(world.fundOfficer, bilan, RequestService.DecisionChoice.ACCEPT, null);
		return bilan;
	}

	String page(CurrentUser who, String path) throws Exception {
		return mvc.perform(get(path).with(user(who))).andReturn().getResponse().getContentAsString();
	}

	void select(World world, java.util.UUID operator, LocalDate from, LocalDate to) throws Exception {
		var response = mvc.perform(post("/fund/schemes/" + world.scheme.id() + "/operators").with(csrf())
				.with(user(world.fundOfficer)).param("operator", operator.toString()).param("from", from.toString())
				.param("to", to == null ? "" : to.toString())).andReturn().getResponse();
		assertThat(response.getRedirectedUrl()).isEqualTo("/fund/schemes/" + world.scheme.id() + "/operators");
	}

	@Test
	void beforeAnySelectionEveryOperatorIsOfferedAndAfterwardsOnlyThoseSelectedForToday() throws Exception {
		World world = worlds.create();
		CurrentUser worker = world.worker("chooser");
		BilanId bilan = accepted(world, worker);
		String path = "/worker/bilans/" + bilan;
		String operator = world.operator.value().toString();
		String other = world.otherOperator.value().toString();
		assertThat(page(worker, path)).contains(operator).contains(other);

		select(world, world.operator.value(), today(), null);
		select(world, world.otherOperator.value(), today().plusDays(1), today().plusMonths(1));
		assertThat(page(world.fundOfficer, "/fund/schemes/" + world.scheme.id() + "/operators"))
				.contains("Organisme " + world.scheme.code().substring(5)).contains("badge--warn");
		String offered = page(worker, path);
		assertThat(offered).contains(operator).doesNotContain("value=\"" + other + "\"");

		// A forged choice of an operator not offered today is refused; the one offered is taken.
		var refused = mvc.perform(post(path + "/operator").with(csrf()).with(user(worker)).param("operator", other))
				.andReturn();
		assertThat(refused.getFlashMap().get("problem")).isEqualTo("assessment.refused.operatorNotOffered");
		assertThat(bilans.find(bilan).orElseThrow().state()).isEqualTo(BilanState.ELIGIBLE);
		mvc.perform(post(path + "/operator").with(csrf()).with(user(worker)).param("operator", operator));
		assertThat(bilans.find(bilan).orElseThrow().state()).isEqualTo(BilanState.OPERATOR_CHOSEN);
	}

	@Test
	void aSelectionThatEndedNoLongerOffersTheOperator() throws Exception {
		World world = worlds.create();
		select(world, world.operator.value(), today().minusMonths(2), null);
		select(world, world.otherOperator.value(), today(), null);
		String selectionPage = page(world.fundOfficer, "/fund/schemes/" + world.scheme.id() + "/operators");
		java.util.regex.Matcher end = java.util.regex.Pattern.compile("/operators/([0-9a-f-]{36})/end").matcher(selectionPage);
		assertThat(end.find()).isTrue();
		var ended = mvc.perform(post("/fund/schemes/" + world.scheme.id() + "/operators/" + end.group(1) + "/end")
				.with(csrf()).with(user(world.fundOfficer))).andReturn();
		assertThat(ended.getFlashMap().get("flash")).isEqualTo("scheme.operators.ended");

		CurrentUser worker = world.worker("late");
		BilanId bilan = accepted(world, worker);
		String offered = page(worker, "/worker/bilans/" + bilan);
		assertThat(offered).doesNotContain("value=\"" + world.operator.value() + "\"")
				.contains("value=\"" + world.otherOperator.value() + "\"");
	}

	@Test
	void theWorkerFiltersByRegionLanguageAndModalityWithOrWithoutJavaScript() throws Exception {
		World world = worlds.create();
		CurrentUser worker = world.worker("filtering");
		BilanId bilan = accepted(world, worker);
		String operator = "value=\"" + world.operator.value() + "\"";
		String other = "value=\"" + world.otherOperator.value() + "\"";
		String base = "/worker/bilans/" + bilan;

		// Without JavaScript the filter form reloads the page with its parameters.
		assertThat(page(worker, base + "?region=BRUSSELS")).contains(operator).doesNotContain(other)
				.contains("<option value=\"BRUSSELS\" selected>");
		assertThat(page(worker, base + "?region=WALLONIA&modality=IN_PERSON")).contains(other).doesNotContain(operator);
		// With htmx only the list comes back.
		String fragment = page(worker, base + "/operators?language=FR&region=WALLONIA");
		assertThat(fragment).startsWith("<div id=\"operator-choices\"").contains(other).doesNotContain(operator);
		assertThat(page(worker, base + "/operators?language=NL")).contains("class=\"empty\"").doesNotContain(other);
		assertThat(page(worker, base + "/operators?region=NOWHERE")).contains(operator).contains(other);
	}

	@Test
	void theListOfOperatorsIsTheWorkersOwn() throws Exception {
		World world = worlds.create();
		BilanId bilan = accepted(world, world.worker("owner"));
		String fragment = "/worker/bilans/" + bilan + "/operators";
		assertThat(mvc.perform(get(fragment).with(user(world.worker("stranger")))).andReturn().getResponse().getStatus())
				.isEqualTo(404);
		for (CurrentUser other : new CurrentUser[] { world.fundOfficer, world.operatorAdmin, world.counsellor }) {
			assertThat(mvc.perform(get(fragment).with(user(other))).andReturn().getResponse().getStatus()).isEqualTo(403);
		}
		// Once the operator is chosen, there is no list to filter.
		BilanId chosen = accepted(world, world.worker("chosen"));
		CurrentUser owner = world.worker("again");
		BilanId own = accepted(world, owner);
		mvc.perform(post("/worker/bilans/" + own + "/operator").with(csrf()).with(user(owner))
				.param("operator", world.operator.value().toString()));
		assertThat(mvc.perform(get("/worker/bilans/" + own + "/operators").with(user(owner))).andReturn().getResponse()
				.getStatus()).isEqualTo(404);
		assertThat(chosen).isNotNull();
	}
}
