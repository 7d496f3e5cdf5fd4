package be.balise.followup;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import be.balise.assessment.AccessMode;
import be.balise.assessment.AssessmentAccess;
import be.balise.assessment.BilanId;
import be.balise.assessment.BilanPart;
import be.balise.assessment.Journey;
import be.balise.identity.CurrentUser;
import be.balise.identity.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Closing a bilan: the counsellor writes a closing note (content) and the bilan becomes closed, in one transaction.
 * The journey decides whether closing is allowed (after the follow-up, or from the conclusion when the scheme has no
 * follow-up interview); the bilan's final time starts the retention clock of the privacy module.
 */
@Service
public class Closure {

	static final String KIND = "followup.closing-note";
	static final String TABLE = "bilan_closing_note";

	private final Journey journey;
	private final AssessmentAccess access;
	private final FollowUpSealing sealing;
	private final JdbcClient jdbc;
	private final Clock clock;

	Closure(Journey journey, AssessmentAccess access, FollowUpSealing sealing, JdbcClient jdbc, Clock clock) {
		this.journey = journey;
		this.access = access;
		this.sealing = sealing;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional
	public void close(CurrentUser counsellor, BilanId bilan, String note) {
		access.requireRelation(counsellor, bilan, Role.COUNSELLOR);
		String text = note == null ? "" : note.strip();
		if (text.isEmpty() || text.length() > 20_000) {
			throw new IllegalArgumentException("A closing note is 1 to 20000 characters");
		}
		journey.close(counsellor, bilan);
		save(bilan, text, clock.instant());
	}

	void save(BilanId bilan, String text, Instant now) {
		jdbc.sql("""
				insert into bilan_closing_note (bilan_id, ciphertext, written_at) values (:bilan, :text, :now)
				on conflict (bilan_id) do update set ciphertext = excluded.ciphertext, written_at = excluded.written_at""")
				.param("bilan", bilan.value()).param("text", sealing.seal(bilan.value(), TABLE, bilan.value(), text))
				.param("now", Timestamp.from(now)).update();
	}

	/** The closing note, audited as read (worker and counsellor). */
	public Optional<String> read(CurrentUser user, BilanId bilan) {
		access.require(user, bilan, BilanPart.FOLLOW_UP, AccessMode.READ);
		Optional<String> note = stored(bilan);
		note.ifPresent(text -> access.readContent(user, bilan, BilanPart.FOLLOW_UP, KIND, bilan.value(), "view closing note"));
		return note;
	}

	Optional<String> stored(BilanId bilan) {
		return jdbc.sql("select ciphertext from bilan_closing_note where bilan_id = :bilan").param("bilan", bilan.value())
				.query((rs, n) -> rs.getBytes(1)).optional()
				.map(cipher -> sealing.open(bilan.value(), TABLE, bilan.value(), cipher));
	}

	Optional<Instant> writtenAt(BilanId bilan) {
		return jdbc.sql("select written_at from bilan_closing_note where bilan_id = :bilan").param("bilan", bilan.value())
				.query((rs, n) -> rs.getTimestamp(1).toInstant()).optional();
	}

	void destroy(BilanId bilan) {
		jdbc.sql("delete from bilan_closing_note where bilan_id = :bilan").param("bilan", bilan.value()).update();
	}
}
