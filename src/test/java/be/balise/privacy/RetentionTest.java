package be.balise.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import be.balise.assessment.BilanId;
import be.balise.assessment.BilanLists;
import be.balise.assessment.BilanState;
import be.balise.assessment.BilanSummary;
import be.balise.assessment.ContentRegistry;
import be.balise.assessment.Journey;
import be.balise.crypto.ContentCipher;
import be.balise.crypto.KeyDestroyedException;
import be.balise.crypto.KeyScope;
import be.balise.files.FileStore;
import be.balise.identity.CurrentUser;
import be.balise.testing.CanaryPlanter;
import be.balise.testing.Canaries;
import be.balise.testing.DatabaseDump;
import be.balise.testing.FullStackTest;
import be.balise.testing.World;
import be.balise.testing.WorldFactory;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * SECURITY.md D7 with a fixed clock: thirty days before the scheme's retention ends the worker is told; at the
 * end the bilan's content, files, e-mails and data key are destroyed, and its administration stays. The job is
 * applied to this test's own scheme only, so that the bilans of other test classes are left alone.
 */
@FullStackTest
@Tag("balises-C10")
class RetentionTest {

	@Autowired RetentionJob job;
	@Autowired WorldFactory worlds;
	@Autowired List<CanaryPlanter> planters;
	@Autowired ContentRegistry registry;
	@Autowired BilanLists lists;
	@Autowired Journey journey;
	@Autowired FileStore files;
	@Autowired ContentCipher cipher;
	@Autowired Retentions retentions;
	@Autowired JdbcClient jdbc;
	@Autowired HikariDataSource dataSource;
	@Autowired MockMvc mvc;

	World world;
	CurrentUser worker;
	BilanId bilan;
	BilanId stillOpen;
	final List<String> canaries = new ArrayList<>();
	String openCanary;
	Instant end;

	@BeforeEach
	void anAbandonedBilanFullOfCanariesAndAnOpenOne() {
		world = worlds.create();
		worker = world.worker("retained");
		bilan = world.investigating(worker, canary("reasons"), canary("motives"));
		planters.forEach(planter -> planter.plant(world, bilan, canary(planter.kind().replaceAll("[^A-Za-z0-9]", "_"))));
		files.store(KeyScope.bilan(bilan.value()), "privacy.test", canary("file_name") + ".txt",
				("Mon récit : " + canary("file")).getBytes(StandardCharsets.UTF_8));
		journey.abandon(worker, bilan, canary("abandon"));
		openCanary = Canaries.next("retention_open");
		stillOpen = world.investigating(worker, openCanary, "toujours en cours");
		end = summary(bilan).finalAt().atZone(ZoneOffset.UTC).plusMonths(world.scheme.retentionMonths()).toInstant();
	}

	@Test
	void theWorkerIsToldThirtyDaysBeforeAndNothingIsDestroyedBeforeTheEnd() {
		assertThat(job.apply(world.scheme, at(end.minus(Duration.ofDays(31))))).isEqualTo(new RetentionRun(0, 0));
		assertThat(retentionNoticesOf(bilan)).isEmpty();

		assertThat(job.apply(world.scheme, at(end.minus(Duration.ofDays(30))))).isEqualTo(new RetentionRun(1, 0));
		List<Map<String, Object>> mails = retentionNoticesOf(bilan);
		assertThat(mails).hasSize(1);
		assertThat(mails.get(0).get("recipient")).isEqualTo(worker.email());
		assertThat(mails.get(0).get("body").toString()).contains("/worker/export");
		assertThat(mails.get(0).toString()).doesNotContain(canaries);

		assertThat(job.apply(world.scheme, at(end.minusSeconds(1)))).isEqualTo(new RetentionRun(0, 0));
		assertThat(registry.export(bilan).toString()).contains(canaries.get(0));
	}

	@Test
	void atTheEndTheContentFilesMailsAndKeyAreDestroyedAndTheAdministrationStays() throws Exception {
		byte[] oldReason = jdbc.sql("select reason from bilan_history where bilan_id = :bilan and reason is not null limit 1")
				.param("bilan", bilan.value()).query(byte[].class).single();
		UUID oldReasonRow = jdbc.sql("select id from bilan_history where bilan_id = :bilan and reason is not null limit 1")
				.param("bilan", bilan.value()).query(UUID.class).single();
		long historyLines = historyLines(bilan);
		job.apply(world.scheme, at(end.minus(Duration.ofDays(30))));

		assertThat(job.apply(world.scheme, at(end))).isEqualTo(new RetentionRun(0, 1));
		assertThat(job.apply(world.scheme, at(end.plus(Duration.ofDays(1))))).isEqualTo(new RetentionRun(0, 0));

		for (String dump : DatabaseDump.of(dataSource)) {
			assertThat(dump).contains(bilan.value().toString()).doesNotContain(hex(oldReason));
			for (String canary : canaries) {
				assertThat(dump).doesNotContain(canary, hex(canary.getBytes(StandardCharsets.UTF_8)));
			}
		}
		assertThat(outboxOf(bilan)).isEmpty();
		assertThat(files.list(KeyScope.bilan(bilan.value()))).isEmpty();
		assertThat(registry.export(bilan).toString()).doesNotContain(canaries);
		assertThatThrownBy(() -> cipher.decrypt(KeyScope.bilan(bilan.value()), oldReason,
				("bilan_history:" + oldReasonRow).getBytes(StandardCharsets.UTF_8))).isInstanceOf(KeyDestroyedException.class);

		BilanSummary kept = summary(bilan);
		assertThat(kept.state()).isEqualTo(BilanState.ABANDONED);
		assertThat(kept.counsellorId()).isEqualTo(world.counsellor.id().value());
		assertThat(historyLines(bilan)).isEqualTo(historyLines);
		assertThat(jdbc.sql("select count(reason) from bilan_history where bilan_id = :bilan").param("bilan", bilan.value())
				.query(Long.class).single()).isZero();
		assertThat(retentions.find(bilan.value()).orElseThrow().destroyedAt()).isEqualTo(end);
		assertThat(registry.export(stillOpen).toString()).contains(openCanary);
	}

	@Tag("balises-D4")
	@Test
	void theWorkerStillSeesTheBilanAndCanExportWhatRemains() throws Exception {
		job.apply(world.scheme, at(end.minus(Duration.ofDays(30))));
		job.apply(world.scheme, at(end));

		String page = mvc.perform(get("/worker/bilans/" + bilan).with(user(worker))).andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString();
		assertThat(page).doesNotContain(canaries);
		byte[] zip = mvc.perform(get("/worker/export").with(user(worker))).andExpect(status().isOk())
				.andReturn().getResponse().getContentAsByteArray();
		assertThat(zip).isNotEmpty();
	}

	private String canary(String kind) {
		String canary = Canaries.next("retention_" + kind);
		canaries.add(canary);
		return canary;
	}

	private BilanSummary summary(BilanId id) {
		return lists.ofWorker(worker.id().value()).stream().filter(row -> row.id().equals(id)).findFirst().orElseThrow();
	}

	/** The retention notices of a bilan, among the other mails its modules sent (messages, sessions). */
	private List<Map<String, Object>> retentionNoticesOf(BilanId id) {
		return outboxOf(id).stream().filter(mail -> mail.get("subject").toString().startsWith("Le contenu de votre bilan"))
				.toList();
	}

	private List<Map<String, Object>> outboxOf(BilanId id) {
		return jdbc.sql("select recipient, subject, body from outbox_message where bilan_id = :bilan")
				.param("bilan", id.value()).query().listOfRows();
	}

	private long historyLines(BilanId id) {
		return jdbc.sql("select count(*) from bilan_history where bilan_id = :bilan").param("bilan", id.value())
				.query(Long.class).single();
	}

	private static Clock at(Instant instant) {
		return Clock.fixed(instant, ZoneOffset.UTC);
	}

	private static String hex(byte[] bytes) {
		return HexFormat.of().formatHex(bytes);
	}
}
