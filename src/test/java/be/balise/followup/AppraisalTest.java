package be.balise.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import be.balise.assessment.BilanId;
import be.balise.assessment.BilanState;
import be.balise.assessment.Journey;
import be.balise.identity.CurrentUser;
import be.balise.identity.Role;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The appraisal (FIDELITY.md C9): the worker answers once; the scores are stored with no link to the worker or the
 * bilan; aggregates and free comments are shown only per closed quarter and over at least five bilans.
 */
@FullStackTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Tag("balises-C9")
class AppraisalTest {

	@Autowired MockMvc mvc;
	@Autowired WorldFactory worlds;
	@Autowired Journey journey;
	@Autowired AppraisalService appraisals;
	@Autowired JdbcClient jdbc;

	World world;
	final List<BilanId> bilans = new ArrayList<>();
	final List<CurrentUser> workers = new ArrayList<>();

	@BeforeAll
	void fiveBilansInTheConclusion() {
		world = worlds.create();
		for (int i = 0; i < 5; i++) {
			CurrentUser worker = world.worker("appraisal" + i);
			BilanId bilan = world.investigating(worker, "raisons " + i, "motivations " + i);
			journey.moveToPhase(world.counsellor, bilan, BilanState.CONCLUSION, null);
			workers.add(worker);
			bilans.add(bilan);
		}
	}

	@Test
	void theAnswerTablesHoldNothingThatLinksToTheWorkerOrTheBilan() {
		for (String table : List.of("appraisal_answer", "appraisal_score")) {
			List<String> columns = jdbc.sql("select column_name from information_schema.columns where table_schema = current_schema() and table_name = :t")
					.param("t", table).query(String.class).list();
			assertThat(columns).isNotEmpty().noneMatch(column -> column.contains("bilan") || column.contains("worker")
					|| column.contains("account") || column.endsWith("_at") || column.contains("time") || column.contains("date"));
			List<String> references = jdbc.sql("""
					select ccu.table_name from information_schema.table_constraints tc
					join information_schema.constraint_column_usage ccu on ccu.constraint_name = tc.constraint_name
					where tc.table_name = :t and tc.constraint_type = 'FOREIGN KEY'""").param("t", table).query(String.class).list();
			assertThat(references).doesNotContain("bilan", "account");
		}
		assertThat(jdbc.sql("select column_name from information_schema.columns where table_schema = current_schema() and table_name = 'appraisal_given'")
				.query(String.class).list()).containsExactly("bilan_id");
	}

	@Test
	void fewerThanFiveAppraisalsShowNothingAndFiveShowTheMeansAndTheCommentsOfAClosedQuarter() throws Exception {
		for (int i = 0; i < 4; i++) {
			answer(i, "Commentaire libre numéro " + i);
		}
		Clock nextQuarter = nextQuarter();
		assertThat(appraisals.aggregates(world.counsellor, Role.COUNSELLOR, nextQuarter)).isEmpty();
		assertThat(appraisals.comments(world.counsellor, Role.COUNSELLOR, nextQuarter)).isEmpty();
		assertThat(appraisals.aggregates(world.operatorAdmin, Role.OPERATOR_ADMIN, nextQuarter)).isEmpty();
		assertThat(appraisals.aggregates(world.fundOfficer, Role.FUND_OFFICER, nextQuarter)).isEmpty();

		answer(4, "Commentaire libre numéro 4");

		// the quarter is not over yet: nothing
		assertThat(appraisals.aggregates(world.counsellor, Role.COUNSELLOR, Clock.systemUTC())).isEmpty();
		assertThat(body(get("/counsellor/appraisals"), world.counsellor)).doesNotContain("Commentaire libre numéro");
		// once it is over: the five, in every scope that holds them, and in no other
		for (var reader : List.of(new Object[] { world.counsellor, Role.COUNSELLOR }, new Object[] { world.operatorAdmin, Role.OPERATOR_ADMIN },
				new Object[] { world.fundOfficer, Role.FUND_OFFICER })) {
			var aggregates = appraisals.aggregates((CurrentUser) reader[0], (Role) reader[1], nextQuarter);
			assertThat(aggregates).hasSize(1);
			assertThat(aggregates.get(0).bilans()).isEqualTo(5);
			assertThat(aggregates.get(0).mean(AppraisalItem.CLARITY)).isEqualTo("3.0");
			assertThat(aggregates.get(0).mean(AppraisalItem.RECOMMEND)).isEqualTo("4.0");
		}
		var batches = appraisals.comments(world.counsellor, Role.COUNSELLOR, nextQuarter);
		assertThat(batches).hasSize(1);
		assertThat(batches.get(0).comments()).hasSize(5).allMatch(comment -> comment.startsWith("Commentaire libre numéro"));
		assertThat(appraisals.comments(world.operatorAdmin, Role.OPERATOR_ADMIN, nextQuarter).get(0).comments()).hasSize(5);
		assertThat(appraisals.comments(world.fundOfficer, Role.FUND_OFFICER, nextQuarter)).isEmpty();
		for (var outsider : List.of(new Object[] { world.colleague, Role.COUNSELLOR }, new Object[] { world.otherOperatorAdmin, Role.OPERATOR_ADMIN },
				new Object[] { world.otherFundOfficer, Role.FUND_OFFICER })) {
			assertThat(appraisals.aggregates((CurrentUser) outsider[0], (Role) outsider[1], nextQuarter)).isEmpty();
			assertThat(appraisals.comments((CurrentUser) outsider[0], (Role) outsider[1], nextQuarter)).isEmpty();
		}
		// the comment is content: encrypted in the database
		assertThat(jdbc.sql("select ciphertext from appraisal_comment where bilan_id = :b").param("b", bilans.get(4).value())
				.query((rs, n) -> new String(rs.getBytes(1), StandardCharsets.ISO_8859_1)).single()).doesNotContain("Commentaire");
	}

	@Test
	void theAppraisalIsGivenOnceAndOnlyByTheBilansWorker() throws Exception {
		World other = worlds.create();
		CurrentUser worker = other.worker("appraisal-once");
		BilanId bilan = other.investigating(worker, "raisons", "motivations");
		assertThat(status(get("/worker/bilans/" + bilan + "/appraisal"), worker)).isEqualTo(404);
		journey.moveToPhase(other.counsellor, bilan, BilanState.CONCLUSION, null);

		assertThat(body(get("/worker/bilans/" + bilan + "/appraisal"), worker)).contains("name=\"clarity\"");
		assertThat(status(form(post("/worker/bilans/" + bilan + "/appraisal")), workers.get(0))).isEqualTo(404);
		assertThat(status(form(post("/worker/bilans/" + bilan + "/appraisal")), other.counsellor)).isIn(403, 404);
		long before = answers(other);
		assertThat(status(form(post("/worker/bilans/" + bilan + "/appraisal")), worker)).isEqualTo(302);
		assertThat(status(form(post("/worker/bilans/" + bilan + "/appraisal")), worker)).isEqualTo(302);
		assertThat(answers(other)).isEqualTo(before + 1);
		assertThat(body(get("/worker/bilans/" + bilan + "/follow-up"), worker)).doesNotContain("/appraisal\"");
	}

	@Test
	void aMissingAnswerIsShownBesideItsQuestionAndWhatWasTypedIsKept() throws Exception {
		World other = worlds.create();
		CurrentUser worker = other.worker("appraisal-form");
		BilanId bilan = other.investigating(worker, "raisons", "motivations");
		journey.moveToPhase(other.counsellor, bilan, BilanState.CONCLUSION, null);
		String page = body(post("/worker/bilans/" + bilan + "/appraisal").param("clarity", "4").param("comment", "Mon texte gardé")
				.with(csrf()), worker);
		assertThat(page).contains("field--error").contains("Mon texte gardé").contains("value=\"4\" checked");
	}

	private void answer(int i, String comment) throws Exception {
		assertThat(status(post("/worker/bilans/" + bilans.get(i) + "/appraisal").param("clarity", String.valueOf(1 + i % 5))
				.param("relationship", "5").param("methods", "4").param("synthesis", "4").param("recommend", "4")
				.param("comment", comment).with(csrf()), workers.get(i))).isEqualTo(302);
	}

	private MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request) {
		return request.param("clarity", "4").param("relationship", "5").param("methods", "3").param("synthesis", "4")
				.param("recommend", "5").param("comment", "").with(csrf());
	}

	private long answers(World in) {
		return jdbc.sql("select count(*) from appraisal_answer where counsellor_id = :c").param("c", in.counsellor.id().value())
				.query(Long.class).single();
	}

	private static Clock nextQuarter() {
		ZonedDateTime now = ZonedDateTime.now(ZoneOffset.UTC);
		Instant next = now.plusMonths(3).withDayOfMonth(15).toInstant();
		return Clock.fixed(next, ZoneOffset.UTC);
	}

	private int status(MockHttpServletRequestBuilder request, CurrentUser as) throws Exception {
		return mvc.perform(request.with(user(as))).andReturn().getResponse().getStatus();
	}

	private String body(MockHttpServletRequestBuilder request, CurrentUser as) throws Exception {
		return mvc.perform(request.with(user(as))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}
}
