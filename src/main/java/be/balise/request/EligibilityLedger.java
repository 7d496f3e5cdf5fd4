package be.balise.request;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import be.balise.scheme.EligibilityFacts.PastBilan;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Per worker (by pseudonym) and scheme: when each bilan started, ended and how many hours it used. It holds
 * no bilan id and no content, so it stays when a bilan's content is destroyed; it feeds the frequency rules.
 */
@Repository
class EligibilityLedger {

	private final JdbcClient jdbc;
	private final LedgerPseudonyms pseudonyms;

	EligibilityLedger(JdbcClient jdbc, LedgerPseudonyms pseudonyms) {
		this.jdbc = jdbc;
		this.pseudonyms = pseudonyms;
	}

	void started(UUID bilanId, UUID workerId, String schemeCode, UUID schemeId, LocalDate on) {
		jdbc.sql("""
				insert into eligibility_ledger (entry_ref, worker_ref, scheme_code, scheme_id, started_on)
				values (:entry, :worker, :code, :scheme, :on) on conflict (entry_ref) do nothing""")
				.param("entry", pseudonyms.ofBilan(bilanId)).param("worker", pseudonyms.ofWorker(workerId))
				.param("code", schemeCode).param("scheme", schemeId).param("on", Date.valueOf(on)).update();
	}

	void ended(UUID bilanId, LocalDate on, BigDecimal hoursUsed) {
		jdbc.sql("update eligibility_ledger set ended_on = :on, hours_used = :hours where entry_ref = :entry")
				.param("on", Date.valueOf(on)).param("hours", hoursUsed).param("entry", pseudonyms.ofBilan(bilanId)).update();
	}

	/** A bilan that ended before anything was conducted (referred, lapsed) used nothing: its entry goes. */
	void forget(UUID bilanId) {
		jdbc.sql("delete from eligibility_ledger where entry_ref = :entry").param("entry", pseudonyms.ofBilan(bilanId)).update();
	}

	List<PastBilan> history(UUID workerId, String schemeCode) {
		return jdbc.sql("""
				select started_on, ended_on, hours_used from eligibility_ledger
				where worker_ref = :worker and scheme_code = :code order by started_on""")
				.param("worker", pseudonyms.ofWorker(workerId)).param("code", schemeCode)
				.query((rs, row) -> new PastBilan(rs.getDate("started_on").toLocalDate(),
						rs.getDate("ended_on") == null ? null : rs.getDate("ended_on").toLocalDate(),
						rs.getBigDecimal("hours_used")))
				.list();
	}
}
