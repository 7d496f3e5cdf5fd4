package be.balise.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import be.balise.assessment.BilanId;
import be.balise.assessment.ContentRegistry;
import be.balise.assessment.Journey;
import be.balise.identity.CurrentUser;
import be.balise.scheme.RuleOutcome;
import be.balise.scheme.RuleResult;
import be.balise.scheme.RuleType;
import be.balise.testing.FullStackTest;
import be.balise.testing.World;
import be.balise.testing.WorldFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The ledger follows the journey through its events: an entry when the fund accepts, dates and hours when the
 * bilan ends; it names nobody, outlives the bilan's content and feeds the "years since the last bilan" rule.
 */
@FullStackTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EligibilityLedgerTest {

	@Autowired WorldFactory worlds;
	@Autowired JdbcClient jdbc;
	@Autowired EligibilityLedger ledger;
	@Autowired LedgerPseudonyms pseudonyms;
	@Autowired RuleResults results;
	@Autowired RequestService requests;
	@Autowired Journey journey;
	@Autowired ContentRegistry content;
	@Autowired Clock clock;

	World world;

	@BeforeAll
	void aSchemeWithFiveYearsBetweenBilans() {
		world = worlds.create();
		jdbc.sql("insert into scheme_rule (scheme_id, position, rule_type, params) values (:scheme, 1, 'MIN_YEARS_SINCE_LAST', '{\"years\": 5}')")
				.param("scheme", world.scheme.id().value()).update();
	}

	LocalDate today() {
		return LocalDate.now(clock.withZone(ZoneId.of("Europe/Brussels")));
	}

	@Test
	void anAcceptedRequestStartsAnEntryUnderAPseudonymThatNamesNobody() {
		CurrentUser worker = world.worker("accepted");
		BilanId bilan = world.request(worker, "raisons");
		assertThat(ledger.history(worker.id().value(), world.scheme.code())).isEmpty();
		requests.decide(world.fundOfficer, bilan, RequestService.DecisionChoice.ACCEPT, null);

		assertThat(ledger.history(worker.id().value(), world.scheme.code())).singleElement()
				.satisfies(entry -> {
					assertThat(entry.startedOn()).isEqualTo(today());
					assertThat(entry.ongoing()).isTrue();
				});
		byte[] workerRef = pseudonyms.ofWorker(worker.id().value());
		assertThat(workerRef).hasSize(32).isNotEqualTo(bytes(worker.id().value()));
		assertThat(jdbc.sql("select count(*) from eligibility_ledger where worker_ref = :ref").param("ref", workerRef)
				.query(Long.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from information_schema.columns where table_name = 'eligibility_ledger' "
				+ "and column_name in ('bilan_id', 'worker_id', 'account_id')").query(Long.class).single()).isZero();
	}

	@Test
	void aSecondRequestWithinFiveYearsIsRefusedByTheRuleWhileAnotherWorkerIsNot() {
		CurrentUser worker = world.worker("twice");
		BilanId first = world.request(worker, "première");
		assertThat(results.of(first.value())).extracting(RuleResult::outcome).containsExactly(RuleOutcome.MET);
		requests.decide(world.fundOfficer, first, RequestService.DecisionChoice.ACCEPT, null);

		BilanId second = world.request(worker, "seconde");
		assertThat(results.of(second.value())).singleElement().satisfies(result -> {
			assertThat(result.type()).isEqualTo(RuleType.MIN_YEARS_SINCE_LAST);
			assertThat(result.outcome()).isEqualTo(RuleOutcome.NOT_MET);
			assertThat(result.args()).containsExactly("0", "5", today().plusYears(5).toString());
		});
		BilanId someoneElse = world.request(world.worker("first-time"), "raisons");
		assertThat(results.of(someoneElse.value())).extracting(RuleResult::outcome).containsExactly(RuleOutcome.MET);
	}

	@Test
	void anAbandonedBilanEndsItsEntryWithItsHoursAndTheEntryOutlivesTheContent() {
		CurrentUser worker = world.worker("abandons");
		BilanId bilan = world.investigating(worker, "raisons", "motifs");
		journey.abandon(worker, bilan, null);
		content.destroy(bilan);

		assertThat(ledger.history(worker.id().value(), world.scheme.code())).singleElement().satisfies(entry -> {
			assertThat(entry.endedOn()).isEqualTo(today());
			assertThat(entry.hoursUsed()).isEqualByComparingTo("0");
		});
	}

	@Test
	void aRequestAbandonedBeforeAnyContractLeavesNoEntry() {
		CurrentUser worker = world.worker("changes-mind");
		BilanId bilan = world.request(worker, "raisons");
		requests.decide(world.fundOfficer, bilan, RequestService.DecisionChoice.ACCEPT, null);
		assertThat(ledger.history(worker.id().value(), world.scheme.code())).hasSize(1);
		journey.abandon(worker, bilan, null);
		assertThat(ledger.history(worker.id().value(), world.scheme.code())).isEmpty();
	}

	private static byte[] bytes(UUID id) {
		return ByteBuffer.allocate(16).putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits()).array();
	}
}
