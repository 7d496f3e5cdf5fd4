package be.balise.planning;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import be.balise.assessment.AccessMode;
import be.balise.assessment.AssessmentAccess;
import be.balise.assessment.BilanId;
import be.balise.assessment.BilanPart;
import be.balise.assessment.BilanSummary;
import be.balise.identity.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Sessions of a bilan: planned and recorded by its counsellor; dates and hours are administration. */
@Service
@Transactional
public class SessionService {

	public enum Outcome { HELD, CANCELLED, MISSED }

	private final Sessions sessions;
	private final AssessmentAccess access;
	private final Clock clock;

	SessionService(Sessions sessions, AssessmentAccess access, Clock clock) {
		this.sessions = sessions;
		this.access = access;
		this.clock = clock;
	}

	public void plan(CurrentUser counsellor, BilanId bilan, Instant startsAt, int durationMinutes) {
		access.require(counsellor, bilan, BilanPart.ADMINISTRATION, AccessMode.WRITE);
		sessions.add(bilan.value(), startsAt, durationMinutes, clock.instant());
	}

	/** Records how a session went; false when the session is not one of this bilan's. */
	public boolean record(CurrentUser counsellor, BilanId bilan, UUID session, Outcome outcome) {
		access.require(counsellor, bilan, BilanPart.ADMINISTRATION, AccessMode.WRITE);
		return sessions.mark(bilan.value(), session, Sessions.Status.valueOf(outcome.name()));
	}

	public List<SessionView> list(CurrentUser reader, BilanId bilan) {
		access.require(reader, bilan, BilanPart.ADMINISTRATION, AccessMode.READ);
		return sessions.ofBilan(bilan.value());
	}

	public int heldMinutes(CurrentUser reader, BilanId bilan) {
		access.require(reader, bilan, BilanPart.ADMINISTRATION, AccessMode.READ);
		return sessions.heldMinutes(bilan.value());
	}

	/**
	 * Minutes held, for records that outlive the bilan (the eligibility ledger) and are written by listeners
	 * that act for no person; minutes are administration, never content.
	 */
	public int heldMinutesForRecords(BilanId bilan) {
		return sessions.heldMinutes(bilan.value());
	}

	BilanSummary requireWritable(CurrentUser counsellor, BilanId bilan) {
		return access.require(counsellor, bilan, BilanPart.ADMINISTRATION, AccessMode.WRITE);
	}
}
