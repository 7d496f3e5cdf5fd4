package be.balise.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import be.balise.testing.FullStackTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

@FullStackTest
class AuditLogTest {

	@Autowired AuditLog audit;
	@Autowired AuditChainVerifier verifier;
	@Autowired JdbcClient jdbc;
	@Autowired Clock clock;

	@Test
	void oneReadWritesOneRowWithEveryField() {
		ContentRead read = new ContentRead(UUID.randomUUID(), "COUNSELLOR", UUID.randomUUID(), "session-note",
				UUID.randomUUID(), "consult");
		Instant before = clock.instant().truncatedTo(ChronoUnit.MICROS);

		audit.recordRead(read);

		Map<String, Object> row = jdbc.sql("select * from audit_event where bilan_id = :bilan")
				.param("bilan", read.bilanId()).query().singleRow();
		assertThat(row).containsEntry("kind", "READ")
				.containsEntry("actor_id", read.readerId())
				.containsEntry("actor_role", "COUNSELLOR")
				.containsEntry("object_kind", "session-note")
				.containsEntry("object_id", read.objectId())
				.containsEntry("purpose", "consult");
		assertThat(jdbc.sql("select occurred_at from audit_event where bilan_id = :bilan")
				.param("bilan", read.bilanId()).query(OffsetDateTime.class).single().toInstant())
				.isBetween(before, clock.instant());
		assertThat((String) row.get("hash")).hasSize(64).isNotEqualTo(row.get("previous_hash"));
	}

	@Test
	@Tag("balises-C10")
	void aReadFailsWhenItsAuditRowCannotBeWritten() {
		UUID bilan = UUID.randomUUID();
		ContentRead read = new ContentRead(UUID.randomUUID(), "COUNSELLOR", bilan, "session-note", UUID.randomUUID(),
				"consult");
		Supplier<String> readContent = () -> {
			audit.recordRead(read);
			return "the note's content";
		};
		long chainBefore = verifier.verify().rowsChecked();

		refuseAuditRowsOf(bilan);
		try {
			assertThatThrownBy(readContent::get).isInstanceOf(DataAccessException.class);
			assertThat(audit.countReadsOfBilan(bilan)).isZero();
		} finally {
			allowAuditRows();
		}
		assertThat(readContent.get()).isEqualTo("the note's content");
		assertThat(audit.countReadsOfBilan(bilan)).isOne();
		AuditChainReport report = verifier.verify();
		assertThat(report.intact()).isTrue();
		assertThat(report.rowsChecked()).isGreaterThan(chainBefore);
	}

	@Test
	void listsTheReadsOfABilanNewestFirstPageByPage() {
		UUID bilan = UUID.randomUUID();
		UUID counsellor = UUID.randomUUID();
		for (String purpose : List.of("first", "second", "third")) {
			audit.recordRead(new ContentRead(counsellor, "COUNSELLOR", bilan, "synthesis", UUID.randomUUID(), purpose));
		}
		audit.recordChange(new ContentChange(counsellor, "COUNSELLOR", bilan, "synthesis", UUID.randomUUID(), "edit"));
		audit.recordRead(new ContentRead(counsellor, "COUNSELLOR", UUID.randomUUID(), "synthesis", null, "other bilan"));

		assertThat(audit.readsOfBilan(bilan, 0, 2)).extracting(AuditEntry::purpose).containsExactly("third", "second");
		assertThat(audit.readsOfBilan(bilan, 1, 2)).extracting(AuditEntry::purpose).containsExactly("first");
		assertThat(audit.readsOfBilan(bilan, 0, 10)).allSatisfy(entry -> {
			assertThat(entry.kind()).isEqualTo(AuditKind.READ);
			assertThat(entry.actorId()).isEqualTo(counsellor);
			assertThat(entry.bilanId()).isEqualTo(bilan);
		});
		assertThat(audit.countReadsOfBilan(bilan)).isEqualTo(3);
	}

	@Test
	void refusesToUpdateOrDeleteAuditRows() {
		UUID bilan = UUID.randomUUID();
		audit.recordRead(new ContentRead(UUID.randomUUID(), "WORKER", bilan, "synthesis", null, "consult"));

		assertThatThrownBy(() -> jdbc.sql("update audit_event set purpose = 'hidden' where bilan_id = :bilan")
				.param("bilan", bilan).update()).isInstanceOf(DataAccessException.class);
		assertThatThrownBy(() -> jdbc.sql("delete from audit_event where bilan_id = :bilan")
				.param("bilan", bilan).update()).isInstanceOf(DataAccessException.class);
		assertThat(audit.readsOfBilan(bilan, 0, 10)).extracting(AuditEntry::purpose).containsExactly("consult");
	}

	@Test
	void concurrentWritersBuildOneValidChain() throws Exception {
		UUID bilan = UUID.randomUUID();
		int writers = 8;
		// more rows than the verifier reads in one batch, so that the chain is followed across batches
		int rowsEach = 140;
		ExecutorService pool = Executors.newFixedThreadPool(writers);
		try {
			List<Callable<Void>> tasks = new ArrayList<>();
			for (int w = 0; w < writers; w++) {
				UUID reader = UUID.randomUUID();
				tasks.add(() -> {
					for (int i = 0; i < rowsEach; i++) {
						audit.recordRead(new ContentRead(reader, "COUNSELLOR", bilan, "answer", UUID.randomUUID(), "consult"));
					}
					return null;
				});
			}
			for (Future<Void> done : pool.invokeAll(tasks)) {
				done.get(2, TimeUnit.MINUTES);
			}
		} finally {
			pool.shutdownNow();
		}

		assertThat(audit.countReadsOfBilan(bilan)).isEqualTo(writers * rowsEach);
		AuditChainReport report = verifier.verify();
		assertThat(report.intact()).isTrue();
		assertThat(report.rowsChecked()).isGreaterThan(writers * rowsEach);
	}

	private void refuseAuditRowsOf(UUID bilan) {
		jdbc.sql("""
				create function audit_test_refuse() returns trigger language plpgsql as $$
				begin raise exception 'audit insert refused by the test'; end; $$
				""").update();
		jdbc.sql("create trigger audit_test_refuse before insert on audit_event for each row when (new.bilan_id = '"
				+ bilan + "') execute function audit_test_refuse()").update();
	}

	private void allowAuditRows() {
		jdbc.sql("drop trigger audit_test_refuse on audit_event").update();
		jdbc.sql("drop function audit_test_refuse()").update();
	}
}
