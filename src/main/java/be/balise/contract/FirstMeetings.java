package be.balise.contract;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import be.balise.crypto.ContentCipher;
import be.balise.crypto.KeyScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** First-meeting records; the motives are encrypted under the bilan's key, the frame of the convention is not. */
@Repository
class FirstMeetings {

	/** What the convention takes from the first meeting: administration only. */
	record Frame(LocalDate heldOn, BigDecimal plannedHours, Integer rhythmWeeks, MeetingModality modality, boolean decided) {
	}

	private final JdbcClient jdbc;
	private final ContentCipher cipher;

	FirstMeetings(JdbcClient jdbc, ContentCipher cipher) {
		this.jdbc = jdbc;
		this.cipher = cipher;
	}

	void save(UUID bilan, FirstMeetingForm form, Instant now) {
		jdbc.sql("""
				insert into first_meeting (bilan_id, held_on, presented_operator, presented_process, presented_methods,
				    presented_tools, voluntary_confirmed, motives, planned_hours, rhythm_weeks, modality, recorded_at)
				values (:bilan, :heldOn, :operator, :process, :methods, :tools, :voluntary, :motives, :hours, :rhythm,
				    :modality, :now)
				on conflict (bilan_id) do update set held_on = excluded.held_on,
				    presented_operator = excluded.presented_operator, presented_process = excluded.presented_process,
				    presented_methods = excluded.presented_methods, presented_tools = excluded.presented_tools,
				    voluntary_confirmed = excluded.voluntary_confirmed, motives = excluded.motives,
				    planned_hours = excluded.planned_hours, rhythm_weeks = excluded.rhythm_weeks,
				    modality = excluded.modality, recorded_at = excluded.recorded_at,
				    version = first_meeting.version + 1
				where first_meeting.decision is null""")
				.param("bilan", bilan).param("heldOn", Date.valueOf(form.getHeldOn()))
				.param("operator", form.isPresentedOperator()).param("process", form.isPresentedProcess())
				.param("methods", form.isPresentedMethods()).param("tools", form.isPresentedTools())
				.param("voluntary", form.isVoluntaryConfirmed())
				.param("motives", cipher.encrypt(KeyScope.bilan(bilan), form.getMotives().strip().getBytes(StandardCharsets.UTF_8), ad(bilan)))
				.param("hours", form.getPlannedHours()).param("rhythm", form.getRhythmWeeks())
				.param("modality", form.getModality() == null ? null : form.getModality().name())
				.param("now", Timestamp.from(now))
				.update();
	}

	/** Records the decision to continue, once; false if it was already taken. */
	boolean decideToContinue(UUID bilan, Instant now) {
		return jdbc.sql("""
				update first_meeting set decision = 'CONTINUE', decided_at = :now
				where bilan_id = :bilan and decision is null""")
				.param("bilan", bilan).param("now", Timestamp.from(now)).update() == 1;
	}

	/** The record with its motives decrypted; callers have checked access and audited the read. */
	Optional<FirstMeetingForm> find(UUID bilan) {
		return jdbc.sql("select * from first_meeting where bilan_id = :bilan").param("bilan", bilan).query((rs, row) -> {
			var form = new FirstMeetingForm();
			form.setHeldOn(rs.getDate("held_on").toLocalDate());
			form.setPresentedOperator(rs.getBoolean("presented_operator"));
			form.setPresentedProcess(rs.getBoolean("presented_process"));
			form.setPresentedMethods(rs.getBoolean("presented_methods"));
			form.setPresentedTools(rs.getBoolean("presented_tools"));
			form.setVoluntaryConfirmed(rs.getBoolean("voluntary_confirmed"));
			byte[] motives = rs.getBytes("motives");
			form.setMotives(motives == null ? "" : new String(cipher.decrypt(KeyScope.bilan(bilan), motives, ad(bilan)),
					StandardCharsets.UTF_8));
			form.setPlannedHours(rs.getBigDecimal("planned_hours"));
			form.setRhythmWeeks(integer(rs, "rhythm_weeks"));
			form.setModality(modality(rs));
			return form;
		}).optional();
	}

	/** The frame only (never the motives), for the convention and the pages of administration. */
	Optional<Frame> frame(UUID bilan) {
		return jdbc.sql("""
				select held_on, planned_hours, rhythm_weeks, modality, decision from first_meeting where bilan_id = :bilan""")
				.param("bilan", bilan)
				.query((rs, row) -> new Frame(rs.getDate("held_on").toLocalDate(), rs.getBigDecimal("planned_hours"),
						integer(rs, "rhythm_weeks"), modality(rs), rs.getString("decision") != null))
				.optional();
	}

	void destroyMotives(UUID bilan) {
		jdbc.sql("update first_meeting set motives = null where bilan_id = :bilan").param("bilan", bilan).update();
	}

	private static Integer integer(ResultSet rs, String column) throws SQLException {
		int value = rs.getInt(column);
		return rs.wasNull() ? null : value;
	}

	private static MeetingModality modality(ResultSet rs) throws SQLException {
		String value = rs.getString("modality");
		return value == null ? null : MeetingModality.valueOf(value);
	}

	private static byte[] ad(UUID bilan) {
		return ("first_meeting.motives:" + bilan).getBytes(StandardCharsets.UTF_8);
	}
}
