package be.balise.caseload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import be.balise.assessment.BilanId;
import be.balise.assessment.BilanState;
import be.balise.assessment.Journey;
import be.balise.identity.CurrentUser;
import be.balise.planning.SessionService;
import be.balise.testing.FullStackTest;
import be.balise.testing.StatementCounting;
import be.balise.testing.World;
import be.balise.testing.WorldFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The counsellor's caseload from its read model: fed by the events of the journey and of the sessions, showing
 * state, next session, hours against the maximum and alerts, filtered, sorted and paginated, in at most five SQL
 * statements per page, and the same after a rebuild.
 */
@FullStackTest
@Import(StatementCounting.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Tag("balises-K1")
class CaseloadTest {

	@Autowired MockMvc mvc;
	@Autowired WorldFactory worlds;
	@Autowired SessionService sessions;
	@Autowired Journey journey;
	@Autowired CaseloadEntries entries;
	@Autowired CaseloadProjection projection;
	@Autowired CaseloadAlerts alerts;
	@Autowired JdbcClient jdbc;

	World world;
	CurrentUser worker;
	BilanId bilan;

	@BeforeAll
	void buildTheWorld() {
		world = worlds.create();
		worker = world.worker("Dorothée");
		bilan = world.investigating(worker, "raisons du suivi", "motivations du suivi");
	}

	@Test
	void theEventsOfTheJourneyAndOfTheSessionsFeedTheRow() {
		BilanId fed = world.investigating(world.worker("Edmond"), "raisons", "motivations");
		assertThat(row(fed).state()).isEqualTo(BilanState.INVESTIGATION);
		assertThat(row(fed).nextSessionAt()).isNull();

		Instant next = Instant.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.MINUTES);
		UUID held = sessions.plan(world.counsellor, fed, Instant.now().minus(Duration.ofDays(1)), 90);
		sessions.plan(world.counsellor, fed, next, 60);
		sessions.record(world.counsellor, fed, held, SessionService.Outcome.HELD);
		journey.moveToPhase(world.counsellor, fed, BilanState.CONCLUSION, null);

		CaseloadRow row = row(fed);
		assertThat(row.state()).isEqualTo(BilanState.CONCLUSION);
		assertThat(row.heldMinutes()).isEqualTo(90);
		assertThat(row.plannedMinutes()).isEqualTo(60);
		assertThat(row.nextSessionAt()).isEqualTo(next);
		assertThat(row.heldHours()).isEqualTo("1.5");
		assertThat(row.alerts()).doesNotContain(CaseloadAlert.NO_RECENT_SESSION);
	}

	@Test
	void flagsABilanWithoutASessionForThirtyDaysAndOneWhoseHoursAreNearlyUsed() throws Exception {
		BilanId quiet = world.investigating(world.worker("Fanny"), "raisons", "motivations");
		jdbc.sql("update caseload_entry set changed_at = :long_ago where bilan_id = :bilan")
				.param("long_ago", java.sql.Timestamp.from(Instant.now().minus(Duration.ofDays(31)))).param("bilan", quiet.value())
				.update();
		assertThat(row(quiet).alerts()).contains(CaseloadAlert.NO_RECENT_SESSION);

		BilanId busy = world.investigating(world.worker("Gaston"), "raisons", "motivations");
		jdbc.sql("update caseload_entry set max_minutes = 120 where bilan_id = :bilan").param("bilan", busy.value()).update();
		sessions.plan(world.counsellor, busy, Instant.now().plus(Duration.ofDays(2)), 105);
		assertThat(row(busy).alerts()).contains(CaseloadAlert.HOURS_NEARLY_USED).doesNotContain(CaseloadAlert.NO_RECENT_SESSION);
		assertThat(row(busy).usedPercent()).isEqualTo(87);

		String page = body("/counsellor?alert=NO_RECENT_SESSION");
		assertThat(page).contains("/counsellor/bilans/" + quiet).doesNotContain("/counsellor/bilans/" + busy)
				.contains("Aucun entretien depuis 30 jours");
		assertThat(body("/counsellor?alert=HOURS_NEARLY_USED")).contains("/counsellor/bilans/" + busy)
				.doesNotContain("/counsellor/bilans/" + quiet).contains("0 h sur 2 h");
	}

	@Test
	void otherModulesRaiseAndClearTheirOwnAlerts() throws Exception {
		BilanId unsigned = world.investigating(world.worker("Hector"), "raisons", "motivations");
		assertThat(alerts.raise(unsigned, CaseloadAlert.CONVENTION_UNSIGNED)).isTrue();
		assertThat(alerts.raise(unsigned, CaseloadAlert.CONVENTION_UNSIGNED)).isTrue();
		assertThat(row(unsigned).alerts()).contains(CaseloadAlert.CONVENTION_UNSIGNED);
		assertThat(body("/counsellor?alert=CONVENTION_UNSIGNED")).contains("/counsellor/bilans/" + unsigned)
				.doesNotContain("/counsellor/bilans/" + bilan);
		alerts.clear(unsigned, CaseloadAlert.CONVENTION_UNSIGNED);
		assertThat(row(unsigned).alerts()).doesNotContain(CaseloadAlert.CONVENTION_UNSIGNED);
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> alerts.raise(unsigned, CaseloadAlert.HOURS_NEARLY_USED))
				.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void filtersByStateSortsByNextSessionAndPaginates() throws Exception {
		World own = worlds.create();
		BilanId later = own.investigating(own.worker("Irène"), "raisons", "motivations");
		BilanId sooner = own.investigating(own.worker("Jules"), "raisons", "motivations");
		BilanId none = own.investigating(own.worker("Karim"), "raisons", "motivations");
		sessions.plan(own.counsellor, later, Instant.now().plus(Duration.ofDays(9)), 60);
		sessions.plan(own.counsellor, sooner, Instant.now().plus(Duration.ofDays(4)), 60);
		journey.moveToPhase(own.counsellor, none, BilanState.CONCLUSION, null);

		UUID me = own.counsellor.id().value();
		var bySession = entries.page(me, false, null, null, CaseloadSort.NEXT_SESSION, 0, 10, Instant.now());
		assertThat(bySession.rows()).extracting(CaseloadRow::bilanId).containsExactly(sooner.value(), later.value(), none.value());
		assertThat(entries.page(me, false, BilanState.CONCLUSION, null, CaseloadSort.UPDATED, 0, 10, Instant.now()).rows())
				.extracting(CaseloadRow::bilanId).containsExactly(none.value());

		var first = entries.page(me, false, null, null, CaseloadSort.NEXT_SESSION, 0, 2, Instant.now());
		var second = entries.page(me, false, null, null, CaseloadSort.NEXT_SESSION, 1, 2, Instant.now());
		var beyond = entries.page(me, false, null, null, CaseloadSort.NEXT_SESSION, 5, 2, Instant.now());
		assertThat(first.total()).isEqualTo(3);
		assertThat(second.total()).isEqualTo(3);
		assertThat(second.rows()).extracting(CaseloadRow::bilanId).containsExactly(none.value());
		assertThat(beyond.rows()).isEmpty();
		assertThat(beyond.total()).isEqualTo(3);
		assertThat(entries.page(me, true, null, null, CaseloadSort.UPDATED, 0, 10, Instant.now()).rows()).isEmpty();

		String page = mvc.perform(get("/counsellor").param("sort", "NEXT_SESSION").with(user(own.counsellor))).andReturn()
				.getResponse().getContentAsString();
		assertThat(page.indexOf("/counsellor/bilans/" + sooner)).isLessThan(page.indexOf("/counsellor/bilans/" + later));
		assertThat(page).contains("Jules").doesNotContain("Dorothée");
	}

	@Test
	void aPageTakesAtMostFiveStatementsWhateverTheFilters() throws Exception {
		for (String query : List.of("", "?sort=NEXT_SESSION", "?sort=HOURS&state=INVESTIGATION", "?alert=NO_RECENT_SESSION",
				"?alert=CONVENTION_UNSIGNED&page=3", "?ended=true&sort=STATE")) {
			List<String> statements = StatementCounting.count(() -> mvc.perform(get("/counsellor" + query)
					.with(user(world.counsellor))).andReturn().getResponse().getContentAsString());
			System.out.printf("caseload page /counsellor%s: %d statements%n", query, statements.size());
			assertThat(statements).as("statements of /counsellor%s: %s", query, statements).isNotEmpty().hasSizeLessThanOrEqualTo(5);
		}
	}

	@Test
	void aRebuildGivesBackTheSameRows() throws Exception {
		var before = entries.page(world.counsellor.id().value(), false, null, null, CaseloadSort.UPDATED, 0, 500, Instant.now());
		jdbc.sql("delete from caseload_entry where counsellor_id = :me").param("me", world.counsellor.id().value()).update();
		assertThat(body("/counsellor")).doesNotContain("/counsellor/bilans/" + bilan);

		assertThat(mvc.perform(post("/admin/caseload/rebuild").with(csrf()).with(user(world.counsellor))).andReturn()
				.getResponse().getStatus()).isIn(403, 404);
		assertThat(mvc.perform(post("/admin/caseload/rebuild").with(csrf()).with(user(world.platformAdmin))).andReturn()
				.getResponse().getStatus()).isEqualTo(302);

		var after = entries.page(world.counsellor.id().value(), false, null, null, CaseloadSort.UPDATED, 0, 500, Instant.now());
		assertThat(after.total()).isEqualTo(before.total());
		assertThat(after.rows()).extracting(CaseloadRow::bilanId, CaseloadRow::state, CaseloadRow::heldMinutes,
				CaseloadRow::plannedMinutes, CaseloadRow::nextSessionAt)
				.containsExactlyInAnyOrderElementsOf(before.rows().stream().map(r -> org.assertj.core.groups.Tuple.tuple(
						r.bilanId(), r.state(), r.heldMinutes(), r.plannedMinutes(), r.nextSessionAt())).toList());
		assertThat(body("/counsellor")).contains("/counsellor/bilans/" + bilan);
	}

	@Test
	void anotherCounsellorSeesNoneOfTheseBilansAndTheRowHoldsNoContent() throws Exception {
		String colleague = mvc.perform(get("/counsellor").with(user(world.colleague))).andReturn().getResponse()
				.getContentAsString();
		assertThat(colleague).doesNotContain(bilan.toString()).doesNotContain("Dorothée");
		assertThat(body("/counsellor")).contains(bilan.toString()).contains("Dorothée");
		String stored = jdbc.sql("select caseload_entry::text from caseload_entry where bilan_id = :bilan")
				.param("bilan", bilan.value()).query(String.class).single();
		assertThat(stored).doesNotContain("raisons du suivi").doesNotContain("motivations du suivi");
	}

	private CaseloadRow row(BilanId of) {
		return entries.page(world.counsellor.id().value(), false, null, null, CaseloadSort.UPDATED, 0, 1000, Instant.now())
				.rows().stream().filter(r -> r.bilanId().equals(of.value())).findFirst().orElseThrow();
	}

	private String body(String path) throws Exception {
		return mvc.perform(get(path).with(user(world.counsellor))).andReturn().getResponse().getContentAsString();
	}
}
