package be.balise.contract;

import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import be.balise.crypto.ContentCipher;
import be.balise.crypto.KeyScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** First-meeting records; the motives are encrypted under the bilan's key. */
@Repository
class FirstMeetings {

	private final JdbcClient jdbc;
	private final ContentCipher cipher;

	FirstMeetings(JdbcClient jdbc, ContentCipher cipher) {
		this.jdbc = jdbc;
		this.cipher = cipher;
	}

	void save(UUID bilan, FirstMeetingForm form, Instant now) {
		jdbc.sql("""
				insert into first_meeting (bilan_id, held_on, presented_operator, presented_process, presented_methods,
				    voluntary_confirmed, motives, recorded_at)
				values (:bilan, :heldOn, :operator, :process, :methods, :voluntary, :motives, :now)
				on conflict (bilan_id) do update set held_on = excluded.held_on,
				    presented_operator = excluded.presented_operator, presented_process = excluded.presented_process,
				    presented_methods = excluded.presented_methods, voluntary_confirmed = excluded.voluntary_confirmed,
				    motives = excluded.motives, recorded_at = excluded.recorded_at,
				    version = first_meeting.version + 1""")
				.param("bilan", bilan).param("heldOn", Date.valueOf(form.getHeldOn()))
				.param("operator", form.isPresentedOperator()).param("process", form.isPresentedProcess())
				.param("methods", form.isPresentedMethods()).param("voluntary", form.isVoluntaryConfirmed())
				.param("motives", cipher.encrypt(KeyScope.bilan(bilan), form.getMotives().strip().getBytes(StandardCharsets.UTF_8), ad(bilan)))
				.param("now", Timestamp.from(now))
				.update();
	}

	/** The record with its motives decrypted; callers have checked access and audited the read. */
	Optional<FirstMeetingForm> find(UUID bilan) {
		return jdbc.sql("select * from first_meeting where bilan_id = :bilan").param("bilan", bilan).query((rs, row) -> {
			var form = new FirstMeetingForm();
			form.setHeldOn(rs.getDate("held_on").toLocalDate());
			form.setPresentedOperator(rs.getBoolean("presented_operator"));
			form.setPresentedProcess(rs.getBoolean("presented_process"));
			form.setPresentedMethods(rs.getBoolean("presented_methods"));
			form.setVoluntaryConfirmed(rs.getBoolean("voluntary_confirmed"));
			byte[] motives = rs.getBytes("motives");
			form.setMotives(motives == null ? "" : new String(cipher.decrypt(KeyScope.bilan(bilan), motives, ad(bilan)),
					StandardCharsets.UTF_8));
			return form;
		}).optional();
	}

	void destroyMotives(UUID bilan) {
		jdbc.sql("update first_meeting set motives = null where bilan_id = :bilan").param("bilan", bilan).update();
	}

	private static byte[] ad(UUID bilan) {
		return ("first_meeting.motives:" + bilan).getBytes(StandardCharsets.UTF_8);
	}
}
