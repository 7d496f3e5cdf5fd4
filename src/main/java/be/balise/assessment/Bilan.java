package be.balise.assessment;

import static be.balise.assessment.BilanState.*;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import be.balise.identity.Role;

/**
 * The bilan aggregate. Every move of the journey is a method here that checks the rule, changes the state and
 * records who, when and why; an illegal move throws {@link TransitionRefused}.
 */
public class Bilan {

	private final BilanId id;
	private final UUID workerId;
	private final UUID schemeId;
	private final int followUpInterviews;
	private final Instant createdAt;
	private BilanState state;
	private BilanState suspendedFrom;
	private UUID operatorId;
	private UUID counsellorId;
	private UUID proposedCounsellorId;
	private Instant finalAt;
	private long version;
	private final List<HistoryEntry> newEntries = new ArrayList<>();

	Bilan(BilanId id, UUID workerId, UUID schemeId, int followUpInterviews, Instant createdAt, BilanState state,
			BilanState suspendedFrom, UUID operatorId, UUID counsellorId, UUID proposedCounsellorId, Instant finalAt,
			long version) {
		this.id = id;
		this.workerId = workerId;
		this.schemeId = schemeId;
		this.followUpInterviews = followUpInterviews;
		this.createdAt = createdAt;
		this.state = state;
		this.suspendedFrom = suspendedFrom;
		this.operatorId = operatorId;
		this.counsellorId = counsellorId;
		this.proposedCounsellorId = proposedCounsellorId;
		this.finalAt = finalAt;
		this.version = version;
	}

	/** A worker's request for a bilan under a scheme: the start of every journey, at the worker's initiative. */
	public static Bilan request(UUID workerId, UUID schemeId, int followUpInterviews, Instant now) {
		var bilan = new Bilan(BilanId.random(), workerId, schemeId, followUpInterviews, now, REQUESTED, null, null, null,
				null, null, 0);
		bilan.record(HistoryEntry.Kind.STATE, null, REQUESTED, new Actor(workerId, Role.WORKER), null, null, now);
		return bilan;
	}

	// --- the fund's decision -------------------------------------------------------------------------

	public void askForInformation(Actor fund, String question, Instant now) {
		requireRole(fund, Role.FUND_OFFICER);
		requireReason(question);
		move(REQUESTED, INFORMATION_REQUESTED, fund, question, now);
	}

	public void provideInformation(Actor worker, Instant now) {
		requireWorker(worker);
		move(INFORMATION_REQUESTED, REQUESTED, worker, null, now);
	}

	public void accept(Actor fund, Instant now) {
		requireRole(fund, Role.FUND_OFFICER);
		move(REQUESTED, ELIGIBLE, fund, null, now);
	}

	public void refuse(Actor fund, String reason, Instant now) {
		requireRole(fund, Role.FUND_OFFICER);
		requireReason(reason);
		move(REQUESTED, REFUSED, fund, reason, now);
	}

	// --- operator and counsellor ---------------------------------------------------------------------

	public void chooseOperator(Actor worker, UUID operator, Instant now) {
		requireWorker(worker);
		requireState(ELIGIBLE);
		this.operatorId = operator;
		move(ELIGIBLE, OPERATOR_CHOSEN, worker, null, operator.toString(), now);
	}

	public void assignCounsellor(Actor operatorAdmin, UUID counsellor, Instant now) {
		requireRole(operatorAdmin, Role.OPERATOR_ADMIN);
		requireState(OPERATOR_CHOSEN);
		this.counsellorId = counsellor;
		move(OPERATOR_CHOSEN, FIRST_MEETING, operatorAdmin, null, counsellor.toString(), now);
	}

	/** A counsellor may refuse a mission (deontology D7): the bilan waits for another counsellor. */
	public void declineAsCounsellor(Actor counsellor, String reason, Instant now) {
		requireCounsellor(counsellor);
		requireReason(reason);
		move(FIRST_MEETING, OPERATOR_CHOSEN, counsellor, reason, now);
		this.counsellorId = null;
	}

	/** An operator may decline too: the worker then chooses another operator. */
	public void declineAsOperator(Actor operatorAdmin, String reason, Instant now) {
		requireRole(operatorAdmin, Role.OPERATOR_ADMIN);
		requireReason(reason);
		if (state != OPERATOR_CHOSEN && state != FIRST_MEETING) {
			throw refusedFrom(state);
		}
		move(state, ELIGIBLE, operatorAdmin, reason, now);
		this.operatorId = null;
		this.counsellorId = null;
	}

	/** A change of counsellor is exceptional: the operator proposes it with a reason, the worker must agree. */
	public void proposeCounsellorChange(Actor operatorAdmin, UUID newCounsellor, String reason, Instant now) {
		requireRole(operatorAdmin, Role.OPERATOR_ADMIN);
		requireReason(reason);
		if (counsellorId == null || state.isFinal()) {
			throw new TransitionRefused("assessment.refused.noCounsellorToChange");
		}
		if (newCounsellor.equals(counsellorId)) {
			throw new TransitionRefused("assessment.refused.sameCounsellor");
		}
		this.proposedCounsellorId = newCounsellor;
		record(HistoryEntry.Kind.COUNSELLOR_CHANGE_PROPOSED, state, state, operatorAdmin, reason, newCounsellor.toString(), now);
	}

	public void answerCounsellorChange(Actor worker, boolean agrees, Instant now) {
		requireWorker(worker);
		if (proposedCounsellorId == null) {
			throw new TransitionRefused("assessment.refused.noChangeProposed");
		}
		if (agrees) {
			this.counsellorId = proposedCounsellorId;
			record(HistoryEntry.Kind.COUNSELLOR_CHANGED, state, state, worker, null, proposedCounsellorId.toString(), now);
		} else {
			record(HistoryEntry.Kind.COUNSELLOR_CHANGE_DECLINED, state, state, worker, null, null, now);
		}
		this.proposedCounsellorId = null;
	}

	// --- first meeting -------------------------------------------------------------------------------

	/** Another scheme fits better: the bilan ends here, with the scheme named. */
	public void refer(Actor counsellor, String schemeNamed, String reason, Instant now) {
		requireCounsellor(counsellor);
		requireReason(schemeNamed);
		move(FIRST_MEETING, REFERRED, counsellor, reason, schemeNamed.strip(), now);
	}

	/**
	 * Every party has signed the convention and the worker has given consent: the party whose act completed
	 * the convention is recorded as making the move (the contract module checks the completeness).
	 */
	public void contract(Actor lastParty, Instant now) {
		if (lastParty.role() == Role.PLATFORM_ADMIN) {
			throw new TransitionRefused("assessment.refused.role");
		}
		move(FIRST_MEETING, CONTRACTED, lastParty, null, now);
	}

	/** The convention was not signed in time. */
	public void lapse(Actor counsellor, Instant now) {
		requireCounsellor(counsellor);
		move(FIRST_MEETING, LAPSED, counsellor, null, now);
	}

	/** The scheme's signing deadline passed with the convention unsigned; recorded in the counsellor's name. */
	public void lapseUnsigned(Instant now) {
		if (counsellorId == null) {
			throw refusedFrom(state);
		}
		move(FIRST_MEETING, LAPSED, new Actor(counsellorId, Role.COUNSELLOR), null, "signing-deadline", now);
	}

	// --- conduct -------------------------------------------------------------------------------------

	/**
	 * The counsellor moves the bilan between phases: forward from the contract to follow-up, and back and
	 * forth among the three middle phases. Stepping back needs a reason.
	 */
	public void moveToPhase(Actor counsellor, BilanState target, String reason, Instant now) {
		requireCounsellor(counsellor);
		if (!phaseMoveAllowed(state, target)) {
			throw new TransitionRefused("assessment.refused.phase", state.messageKey(), target.messageKey());
		}
		if (target == FOLLOW_UP && followUpInterviews == 0) {
			throw new TransitionRefused("assessment.refused.noFollowUp");
		}
		if (target.ordinal() < state.ordinal()) {
			requireReason(reason);
		}
		move(state, target, counsellor, reason, now);
	}

	private static boolean phaseMoveAllowed(BilanState from, BilanState to) {
		if (from == to) {
			return false;
		}
		if (from == CONTRACTED) {
			return to == PRELIMINARY;
		}
		if (PHASES.contains(from) && PHASES.contains(to)) {
			return true;
		}
		return from == CONCLUSION && to == FOLLOW_UP;
	}

	/** Closing: after the follow-up, or straight from the conclusion when the scheme has no follow-up. */
	public void close(Actor counsellor, Instant now) {
		requireCounsellor(counsellor);
		boolean allowed = state == FOLLOW_UP || (state == CONCLUSION && followUpInterviews == 0);
		if (!allowed) {
			throw new TransitionRefused(state == CONCLUSION ? "assessment.refused.followUpFirst" : "assessment.refused.close");
		}
		move(state, CLOSED, counsellor, null, now);
	}

	public void suspend(Actor counsellor, String reason, Instant now) {
		requireCounsellor(counsellor);
		requireReason(reason);
		if (!SUSPENDABLE.contains(state)) {
			throw refusedFrom(state);
		}
		this.suspendedFrom = state;
		move(state, SUSPENDED, counsellor, reason, now);
	}

	public void resume(Actor counsellor, Instant now) {
		requireCounsellor(counsellor);
		requireState(SUSPENDED);
		BilanState back = suspendedFrom;
		this.suspendedFrom = null;
		move(SUSPENDED, back, counsellor, null, now);
	}

	/** The worker's free choice, at any time before the end; a reason is welcome, never required. */
	public void abandon(Actor worker, String reason, Instant now) {
		requireWorker(worker);
		if (state.isFinal()) {
			throw refusedFrom(state);
		}
		this.suspendedFrom = null;
		this.proposedCounsellorId = null;
		move(state, ABANDONED, worker, blankToNull(reason), now);
	}

	// --- rules ---------------------------------------------------------------------------------------

	private void move(BilanState expected, BilanState target, Actor actor, String reason, Instant now) {
		move(expected, target, actor, reason, null, now);
	}

	/** {@code detail} names what the move concerns (an operator, a counsellor, a scheme), never free text. */
	private void move(BilanState expected, BilanState target, Actor actor, String reason, String detail, Instant now) {
		requireState(expected);
		record(HistoryEntry.Kind.STATE, expected, target, actor, blankToNull(reason), detail, now);
		enter(target, now);
	}

	private void enter(BilanState target, Instant now) {
		this.state = target;
		if (target.isFinal()) {
			this.finalAt = now;
		}
	}

	private void record(HistoryEntry.Kind kind, BilanState from, BilanState to, Actor actor, String reason, String detail,
			Instant now) {
		newEntries.add(new HistoryEntry(UUID.randomUUID(), kind, from, to, actor, reason, detail, now));
	}

	private void requireState(BilanState expected) {
		if (state != expected) {
			throw refusedFrom(state);
		}
	}

	private static TransitionRefused refusedFrom(BilanState current) {
		return new TransitionRefused("assessment.refused.state", current.messageKey());
	}

	private void requireWorker(Actor actor) {
		if (actor.role() != Role.WORKER || !actor.accountId().equals(workerId)) {
			throw new TransitionRefused("assessment.refused.notWorker");
		}
	}

	private void requireCounsellor(Actor actor) {
		if (actor.role() != Role.COUNSELLOR || counsellorId == null || !actor.accountId().equals(counsellorId)) {
			throw new TransitionRefused("assessment.refused.notCounsellor");
		}
	}

	private static void requireRole(Actor actor, Role role) {
		if (actor.role() != role) {
			throw new TransitionRefused("assessment.refused.role");
		}
	}

	private static void requireReason(String reason) {
		if (reason == null || reason.isBlank()) {
			throw new TransitionRefused("assessment.refused.reasonRequired");
		}
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	// --- reading -------------------------------------------------------------------------------------

	public BilanId id() { return id; }
	public UUID workerId() { return workerId; }
	public UUID schemeId() { return schemeId; }
	public int followUpInterviews() { return followUpInterviews; }
	public Instant createdAt() { return createdAt; }
	public BilanState state() { return state; }
	public BilanState suspendedFrom() { return suspendedFrom; }
	public UUID operatorId() { return operatorId; }
	public UUID counsellorId() { return counsellorId; }
	public UUID proposedCounsellorId() { return proposedCounsellorId; }
	public Instant finalAt() { return finalAt; }
	public long version() { return version; }

	/** History entries recorded since the bilan was loaded, to be stored with it. */
	List<HistoryEntry> newEntries() {
		return Collections.unmodifiableList(newEntries);
	}

	void saved(long newVersion) {
		this.version = newVersion;
		newEntries.clear();
	}
}
