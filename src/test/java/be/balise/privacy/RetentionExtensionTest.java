package be.balise.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import be.balise.assessment.BilanId;
import be.balise.assessment.BilanLists;
import be.balise.assessment.BilanState;
import be.balise.assessment.Journey;
import be.balise.assessment.TransitionRefused;
import be.balise.followup.Closure;
import be.balise.followup.RetentionExtensions;
import be.balise.identity.CurrentUser;
import be.balise.scheme.Scheme;
import be.balise.scheme.Schemes;
import be.balise.testing.FullStackTest;
import be.balise.testing.World;
import be.balise.testing.WorldFactory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Where the scheme allows it, the worker's written agreement (a checkbox and their password) keeps the content up
 * to the scheme's extension longer after closure; the retention job honours it, and tells the worker again before
 * the new end. With a fixed clock.
 */
@FullStackTest
@Tag("balises-C10")
class RetentionExtensionTest {

	static final String PASSWORD = "Un mot de passe assez long 42";

	@Autowired WorldFactory worlds;
	@Autowired Journey journey;
	@Autowired Closure closure;
	@Autowired RetentionExtensions extensions;
	@Autowired RetentionJob job;
	@Autowired Retentions retentions;
	@Autowired BilanLists lists;
	@Autowired Schemes schemes;
	@Autowired JdbcClient jdbc;

	@Test
	void theAgreementKeepsTheContentLongerAndTheJobHonoursIt() {
		World world = worlds.createWithPassword(PASSWORD);
		jdbc.sql("update scheme set extension_months = 12, retention_months = 6 where id = :id").param("id", world.scheme.id().value()).update();
		Scheme scheme = schemes.find(world.scheme.id()).orElseThrow();
		CurrentUser worker = world.worker("garder");
		BilanId bilan = world.investigating(worker, "raisons", "motivations");
		journey.moveToPhase(world.counsellor, bilan, BilanState.CONCLUSION, null);
		journey.moveToPhase(world.counsellor, bilan, BilanState.FOLLOW_UP, null);
		closure.close(world.counsellor, bilan, "Note de clôture à garder");
		Instant finalAt = lists.ofWorker(worker.id().value()).get(0).finalAt();
		Instant end = finalAt.atZone(ZoneOffset.UTC).plusMonths(6).toInstant();
		Instant extendedEnd = finalAt.atZone(ZoneOffset.UTC).plusMonths(6 + 12).toInstant();

		// told thirty days before the scheme's end, before any agreement
		job.apply(scheme, at(end.minus(RetentionJob.NOTICE)));
		assertThat(retentions.find(bilan.value()).orElseThrow().warnedAt()).isNotNull();

		assertThatThrownBy(() -> extensions.agree(worker, bilan, 12, "pas le bon")).isInstanceOf(TransitionRefused.class);
		assertThatThrownBy(() -> extensions.agree(worker, bilan, 13, PASSWORD)).isInstanceOf(TransitionRefused.class);
		assertThatThrownBy(() -> extensions.agree(world.worker("autre"), bilan, 12, PASSWORD))
				.isInstanceOf(be.balise.assessment.BilanNotFound.class);
		extensions.agree(worker, bilan, 12, PASSWORD);
		assertThat(extensions.of(worker, bilan).orElseThrow().months()).isEqualTo(12);
		assertThat(extensions.monthsFor(java.util.List.of(bilan.value()))).containsEntry(bilan.value(), 12);

		// the old end passes: nothing is destroyed
		assertThat(job.apply(scheme, at(end.plusSeconds(60))).destroyed()).isZero();
		assertThat(closure.read(worker, bilan)).contains("Note de clôture à garder");
		// thirty days before the new end the worker is told again, and at the new end the content goes
		assertThat(job.apply(scheme, at(extendedEnd.minus(RetentionJob.NOTICE).minusSeconds(60)))).isEqualTo(new RetentionRun(0, 0));
		assertThat(job.apply(scheme, at(extendedEnd.minus(RetentionJob.NOTICE)))).isEqualTo(new RetentionRun(1, 0));
		assertThat(job.apply(scheme, at(extendedEnd.minusSeconds(60)))).isEqualTo(new RetentionRun(0, 0));
		assertThat(job.apply(scheme, at(extendedEnd))).isEqualTo(new RetentionRun(0, 1));
		assertThat(jdbc.sql("select count(*) from bilan_closing_note where bilan_id = :b").param("b", bilan.value())
				.query(Long.class).single()).isZero();
	}

	@Test
	void aSchemeWithoutExtensionOffersNone() {
		World world = worlds.createWithPassword(PASSWORD);
		CurrentUser worker = world.worker("sans-extension");
		BilanId bilan = world.investigating(worker, "raisons", "motivations");
		journey.moveToPhase(world.counsellor, bilan, BilanState.CONCLUSION, null);
		assertThatThrownBy(() -> extensions.agree(worker, bilan, 1, PASSWORD)).isInstanceOf(be.balise.assessment.BilanNotFound.class);
	}

	private static Clock at(Instant instant) {
		return Clock.fixed(instant, ZoneOffset.UTC);
	}
}
