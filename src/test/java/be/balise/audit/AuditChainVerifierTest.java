package be.balise.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import be.balise.audit.AuditChainReport.Break;
import be.balise.audit.AuditChainReport.Problem;
import be.balise.testing.FullStackTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tampers with the audit table the way someone with database access could, then checks that the verifier
 * names the first bad row. Each tampering happens in a transaction that is rolled back, so the shared
 * chain stays intact for the other tests.
 */
@FullStackTest
@Tag("balises-C10")
class AuditChainVerifierTest {

	@Autowired AuditLog audit;
	@Autowired AuditChainVerifier verifier;
	@Autowired JdbcClient jdbc;
	@Autowired PlatformTransactionManager transactions;

	@Test
	void reportsAnUntouchedChainAsIntact() {
		List<Long> rows = writeRows(3);

		AuditChainReport report = verifier.verify();

		assertThat(report.intact()).isTrue();
		assertThat(report.rowsChecked()).isGreaterThanOrEqualTo(rows.get(2));
	}

	@Test
	void namesARowWhoseFieldWasAltered() {
		List<Long> rows = writeRows(3);

		Break found = afterTampering(sql -> sql.sql("update audit_event set purpose = 'nothing to see' where seq = :seq")
				.param("seq", rows.get(1)).update());

		assertThat(found).isEqualTo(new Break(rows.get(1), idAt(rows.get(1)), Problem.ALTERED));
	}

	@Test
	void namesTheDeletedRowsPositionAndTheRowFoundInItsPlace() {
		List<Long> rows = writeRows(3);

		Break found = afterTampering(sql -> sql.sql("delete from audit_event where seq = :seq")
				.param("seq", rows.get(1)).update());

		assertThat(found).isEqualTo(new Break(rows.get(1), idAt(rows.get(2)), Problem.MISSING));
	}

	@Test
	void namesTheFirstOfTwoSwappedRows() {
		List<Long> rows = writeRows(3);
		long first = rows.get(0);
		long second = rows.get(1);

		Break found = afterTampering(sql -> {
			sql.sql("update audit_event set seq = -1 where seq = :seq").param("seq", first).update();
			sql.sql("update audit_event set seq = :to where seq = :from").param("to", first).param("from", second).update();
			sql.sql("update audit_event set seq = :to where seq = -1").param("to", second).update();
		});

		assertThat(found).isEqualTo(new Break(first, idAt(second), Problem.OUT_OF_ORDER));
	}

	@Test
	void namesRowsDeletedFromTheEndOfTheChain() {
		List<Long> rows = writeRows(2);

		Break found = afterTampering(sql -> sql.sql("delete from audit_event where seq = :seq")
				.param("seq", rows.get(1)).update());

		assertThat(found).isEqualTo(new Break(rows.get(1), null, Problem.MISSING));
	}

	@Test
	void namesARowRenumberedToHideADeletion() {
		List<Long> rows = writeRows(3);

		Break found = afterTampering(sql -> {
			sql.sql("delete from audit_event where seq = :seq").param("seq", rows.get(1)).update();
			sql.sql("update audit_event set seq = :to where seq = :from").param("to", rows.get(1)).param("from", rows.get(2))
					.update();
			sql.sql("update audit_chain_head set last_seq = :seq").param("seq", rows.get(1)).update();
		});

		assertThat(found).isEqualTo(new Break(rows.get(1), idAt(rows.get(2)), Problem.OUT_OF_ORDER));
	}

	/** Writes rows at the end of the chain and returns their positions. */
	private List<Long> writeRows(int count) {
		UUID bilan = UUID.randomUUID();
		for (int i = 0; i < count; i++) {
			audit.recordRead(new ContentRead(UUID.randomUUID(), "COUNSELLOR", bilan, "note", UUID.randomUUID(), "read " + i));
		}
		return jdbc.sql("select seq from audit_event where bilan_id = :bilan order by seq")
				.param("bilan", bilan).query(Long.class).list();
	}

	private UUID idAt(long seq) {
		return jdbc.sql("select id from audit_event where seq = :seq").param("seq", seq).query(UUID.class).single();
	}

	/** Tampers, verifies, and rolls everything back; returns the break the verifier found. */
	private Break afterTampering(Consumer<JdbcClient> tampering) {
		return new TransactionTemplate(transactions).execute(status -> {
			jdbc.sql("alter table audit_event disable trigger audit_event_append_only").update();
			tampering.accept(jdbc);
			AuditChainReport report = verifier.verify();
			status.setRollbackOnly();
			return report.firstBreak().orElseThrow(() -> new AssertionError("the verifier found nothing"));
		});
	}
}
