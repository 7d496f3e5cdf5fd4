package be.balise.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import be.balise.assessment.BilanId;
import be.balise.identity.CurrentUser;
import be.balise.testing.FullStackTest;
import be.balise.testing.World;
import be.balise.testing.WorldFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The fund officer's queue: filters, several requests accepted at once, the worker told by e-mail and on their page. */
@FullStackTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FundQueueTest {

	@Autowired MockMvc mvc;
	@Autowired WorldFactory worlds;
	@Autowired JdbcClient jdbc;
	@Autowired Requests requests;
	@Autowired Clock clock;

	World world;

	@BeforeAll
	void aSchemeThatNeedsADocument() {
		world = worlds.create();
		jdbc.sql("insert into scheme_rule (scheme_id, position, rule_type, params) values "
				+ "(:scheme, 1, 'HOUR_BUDGET', '{\"periodYears\": 6, \"parts\": [{\"hours\": 4, \"document\": \"POP\"}]}')")
				.param("scheme", world.scheme.id().value()).update();
	}

	String queue(CurrentUser officer, String query) throws Exception {
		return mvc.perform(get("/fund" + query).with(user(officer))).andReturn().getResponse().getContentAsString();
	}

	@Test
	void theQueueFiltersBySchemeDateAndRuleResult() throws Exception {
		BilanId bilan = world.request(world.worker("filtered"), "raisons");
		String id = bilan.toString();
		LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/Brussels")));
		assertThat(queue(world.fundOfficer, "")).contains(id);
		assertThat(queue(world.fundOfficer, "?verdict=TO_CHECK")).contains(id);
		assertThat(queue(world.fundOfficer, "?verdict=MET")).doesNotContain(id);
		assertThat(queue(world.fundOfficer, "?scheme=" + world.scheme.id())).contains(id);
		assertThat(queue(world.fundOfficer, "?scheme=6f1d2a8e-0a51-4c39-9d55-1a2b3c4d5e03")).doesNotContain(id);
		assertThat(queue(world.fundOfficer, "?from=" + today + "&to=" + today)).contains(id);
		assertThat(queue(world.fundOfficer, "?from=" + today.plusDays(1))).doesNotContain(id);
		assertThat(queue(world.fundOfficer, "?to=" + today.minusDays(1))).doesNotContain(id);
		assertThat(queue(world.fundOfficer, "?from=not-a-date&verdict=BOGUS")).contains(id);
		assertThat(queue(world.otherFundOfficer, "")).doesNotContain(id);
	}

	@Test
	@Tag("balises-C10")
	@Tag("balises-D9")
	void severalRequestsAreAcceptedAtOnceAndEachWorkerIsToldByEmail() throws Exception {
		CurrentUser first = world.worker("first");
		CurrentUser second = world.worker("second");
		BilanId a = world.request(first, "raisons A");
		BilanId b = world.request(second, "raisons B");
		var response = mvc.perform(post("/fund/requests/accept").with(csrf()).with(user(world.fundOfficer))
				.param("ids", a.toString(), b.toString())).andReturn();
		assertThat(response.getResponse().getRedirectedUrl()).isEqualTo("/fund");
		assertThat(response.getFlashMap().get("flash")).isEqualTo("request.decided.several");
		assertThat(requests.find(a.value()).orElseThrow().decision()).isEqualTo(RequestRecord.Decision.ACCEPTED);
		assertThat(requests.find(b.value()).orElseThrow().decision()).isEqualTo(RequestRecord.Decision.ACCEPTED);

		var mail = jdbc.sql("select subject, body from outbox_message where recipient = :to")
				.param("to", first.email()).query((rs, row) -> rs.getString("subject") + "\n" + rs.getString("body")).single();
		assertThat(mail).contains("acceptée").contains("/worker/bilans/" + a).doesNotContain("raisons A");
	}

	@Test
	@Tag("balises-C10")
	void anotherFundsOfficerCannotAcceptTheRequestEvenAmongOthers() throws Exception {
		BilanId bilan = world.request(world.worker("guarded"), "raisons");
		var response = mvc.perform(post("/fund/requests/accept").with(csrf()).with(user(world.otherFundOfficer))
				.param("ids", bilan.toString())).andReturn();
		assertThat(response.getFlashMap().get("problem")).isEqualTo("request.decided.someSkipped");
		assertThat(requests.find(bilan.value()).orElseThrow().decision()).isEqualTo(RequestRecord.Decision.PENDING);

		mvc.perform(post("/fund/requests/accept").with(csrf()).with(user(world.fundOfficer)).param("ids", bilan.toString()));
		assertThat(requests.find(bilan.value()).orElseThrow().decision()).isEqualTo(RequestRecord.Decision.ACCEPTED);
	}

	@Test
	void theWorkerReadsTheRefusalAndItsReasonOnTheirPageAndNobodyElseDoes() throws Exception {
		CurrentUser worker = world.worker("refused");
		BilanId bilan = world.request(worker, "raisons");
		mvc.perform(post("/fund/requests/" + bilan + "/decision").with(csrf()).with(user(world.fundOfficer))
				.param("choice", "REFUSE").param("reason", "SECTOR_NOT_COVERED")
				.param("note", "Votre secteur ne relève pas de ce fonds."));
		var own = mvc.perform(get("/worker/bilans/" + bilan + "/decision").with(user(worker))).andReturn().getResponse();
		assertThat(own.getStatus()).isEqualTo(200);
		assertThat(own.getContentAsString()).contains("Refusée").contains("Votre secteur ne relève pas de ce fonds.")
				.contains("pas couvert par ce dispositif");
		assertThat(mvc.perform(get("/worker/bilans/" + bilan + "/decision").with(user(world.worker("stranger"))))
				.andReturn().getResponse().getStatus()).isEqualTo(404);
		assertThat(jdbc.sql("select count(*) from outbox_message where recipient = :to and body not like '%secteur%'")
				.param("to", worker.email()).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void aRefusalNeedsAReasonFromTheListAndTheWorkerReadsItInTheirLanguage() throws Exception {
		CurrentUser worker = world.worker("reasoned");
		BilanId bilan = world.request(worker, "raisons");
		String decision = "/fund/requests/" + bilan + "/decision";

		var noReason = mvc.perform(post(decision).with(csrf()).with(user(world.fundOfficer)).param("choice", "REFUSE")
				.param("note", "Texte gardé")).andReturn().getResponse();
		assertThat(noReason.getStatus()).isEqualTo(200);
		assertThat(noReason.getContentAsString()).contains("id=\"reason-error\"").contains(">Texte gardé</textarea>");
		var otherWithoutWords = mvc.perform(post(decision).with(csrf()).with(user(world.fundOfficer))
				.param("choice", "REFUSE").param("reason", "OTHER")).andReturn().getResponse();
		assertThat(otherWithoutWords.getContentAsString()).contains("id=\"note-error\"")
				.contains("<option value=\"OTHER\" selected>");
		assertThat(requests.find(bilan.value()).orElseThrow().decision()).isEqualTo(RequestRecord.Decision.PENDING);

		mvc.perform(post(decision).with(csrf()).with(user(world.fundOfficer)).param("choice", "REFUSE")
				.param("reason", "RECENT_BILAN"));
		assertThat(requests.find(bilan.value()).orElseThrow().decision()).isEqualTo(RequestRecord.Decision.REFUSED);
		assertThat(jdbc.sql("select reason_code from request_refusal where bilan_id = :id").param("id", bilan.value())
				.query(String.class).single()).isEqualTo("RECENT_BILAN");
		String french = mvc.perform(get("/worker/bilans/" + bilan + "/decision").with(user(worker))).andReturn()
				.getResponse().getContentAsString();
		assertThat(french).contains("Votre dernier bilan sous ce dispositif est trop récent.");
		String dutch = mvc.perform(get("/worker/bilans/" + bilan + "/decision").with(user(worker))
				.header("Accept-Language", "nl").locale(java.util.Locale.forLanguageTag("nl"))).andReturn()
				.getResponse().getContentAsString();
		assertThat(dutch).contains("Uw vorige balans onder deze regeling is te recent.");
	}
}
