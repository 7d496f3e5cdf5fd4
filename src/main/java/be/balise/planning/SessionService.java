package be.balise.planning;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import be.balise.assessment.AccessMode;
import be.balise.assessment.AssessmentAccess;
import be.balise.assessment.BilanId;
import be.balise.assessment.BilanNotFound;
import be.balise.assessment.BilanPart;
import be.balise.assessment.BilanSummary;
import be.balise.crypto.ContentCipher;
import be.balise.crypto.KeyScope;
import be.balise.identity.AccountId;
import be.balise.identity.AccountService;
import be.balise.identity.CurrentUser;
import be.balise.identity.Role;
import be.balise.scheme.SchemeId;
import be.balise.scheme.Schemes;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * Sessions of a bilan. Dates, durations, outcomes and hours are administration (the fund and the operator
 * see them); the place and the worker's reasons for a move are content (worker and counsellor only, each
 * read audited). Every new, moved or cancelled session is mailed to the worker in the same transaction.
 */
@Service
@Transactional
public class SessionService {

	public enum Outcome { HELD, CANCELLED_BY_WORKER, CANCELLED_BY_COUNSELLOR, MISSED }

	static final String PLACE_KIND = "planning.session-place";
	static final String MOVE_KIND = "planning.move-request";

	private final Sessions sessions;
	private final SessionPlaces places;
	private final MoveRequests moves;
	private final Rhythms rhythms;
	private final Reminders reminders;
	private final SessionMails mails;
	private final AssessmentAccess access;
	private final AccountService accounts;
	private final Schemes schemes;
	private final ContentCipher cipher;
	private final Clock clock;
	private final ApplicationEventPublisher events;
	private final HourParts hourParts;

	SessionService(Sessions sessions, SessionPlaces places, MoveRequests moves, Rhythms rhythms, Reminders reminders, SessionMails mails,
			AssessmentAccess access, AccountService accounts, Schemes schemes, ContentCipher cipher, Clock clock, ApplicationEventPublisher events,
			HourParts hourParts) {
		this.hourParts = hourParts;
		this.sessions = sessions;
		this.places = places;
		this.moves = moves;
		this.rhythms = rhythms;
		this.reminders = reminders;
		this.mails = mails;
		this.access = access;
		this.accounts = accounts;
		this.schemes = schemes;
		this.cipher = cipher;
		this.clock = clock;
		this.events = events;
	}

	/** Plans an in-person session without a place (kept for the demo's history). */
	public UUID plan(CurrentUser counsellor, BilanId bilan, Instant startsAt, int durationMinutes) {
		return plan(counsellor, bilan, new SessionPlan(startsAt, durationMinutes, Modality.IN_PERSON, null));
	}

	/** Plans a session and mails it to the worker; returns its id. */
	public UUID plan(CurrentUser counsellor, BilanId bilan, SessionPlan plan) {
		BilanSummary summary = requireOpen(counsellor, bilan);
		UUID id = UUID.randomUUID();
		sessions.add(id, bilan.value(), counsellor.id().value(), summary.workerId(), plan.startsAt(), plan.durationMinutes(), plan.modality(),
				clock.instant());
		String place = blankToNull(plan.place());
		if (place != null) {
			places.save(id, bilan.value(), cipher.encryptString(KeyScope.bilan(bilan.value()), place, bindPlace(id)));
		}
		mails.send(SessionMails.Change.NEW, sessions.find(bilan.value(), id).orElseThrow(), worker(summary));
		events.publishEvent(new SessionsChanged(bilan));
		return id;
	}

	/**
	 * A free slot the worker took becomes a planned session without a place, planned by the slot's counsellor
	 * (who must still hold the bilan); the worker receives it like any other.
	 */
	UUID planFromSlot(BilanSummary summary, FreeSlot slot) {
		UUID id = UUID.randomUUID();
		sessions.add(id, summary.id().value(), slot.counsellorId(), summary.workerId(), slot.startsAt(), slot.durationMinutes(),
				slot.modality(), clock.instant());
		mails.send(SessionMails.Change.NEW, sessions.find(summary.id().value(), id).orElseThrow(), worker(summary));
		events.publishEvent(new SessionsChanged(summary.id()));
		return id;
	}

	/** Moves a planned session, settles the worker's requests about it and mails the new time. */
	public boolean move(CurrentUser counsellor, BilanId bilan, UUID session, Instant startsAt, int durationMinutes) {
		BilanSummary summary = requireOpen(counsellor, bilan);
		if (!sessions.move(bilan.value(), session, startsAt, durationMinutes)) {
			return false;
		}
		moves.settle(bilan.value(), session, clock.instant());
		mails.send(SessionMails.Change.MOVED, sessions.find(bilan.value(), session).orElseThrow(), worker(summary));
		events.publishEvent(new SessionsChanged(bilan));
		return true;
	}

	/** Records how a planned session ended; false when it is not a planned session of this bilan. */
	public boolean record(CurrentUser counsellor, BilanId bilan, UUID session, Outcome outcome) {
		BilanSummary summary = access.require(counsellor, bilan, BilanPart.ADMINISTRATION, AccessMode.WRITE);
		boolean cancelled = outcome == Outcome.CANCELLED_BY_WORKER || outcome == Outcome.CANCELLED_BY_COUNSELLOR;
		Sessions.Status status = cancelled ? Sessions.Status.CANCELLED : Sessions.Status.valueOf(outcome.name());
		String by = switch (outcome) {
			case CANCELLED_BY_WORKER -> "WORKER";
			case CANCELLED_BY_COUNSELLOR -> "COUNSELLOR";
			default -> null;
		};
		if (!sessions.mark(bilan.value(), session, status, by)) {
			return false;
		}
		moves.settle(bilan.value(), session, clock.instant());
		if (cancelled) {
			mails.send(SessionMails.Change.CANCELLED, sessions.find(bilan.value(), session).orElseThrow(), worker(summary));
		}
		events.publishEvent(new SessionsChanged(bilan));
		return true;
	}

	/** The worker asks to move a planned session of their bilan, with a reason; false when there is no such session. */
	public boolean askToMove(CurrentUser worker, BilanId bilan, UUID session, String reason) {
		access.requireRelation(worker, bilan, Role.WORKER);
		access.require(worker, bilan, BilanPart.CASEWORK, AccessMode.WRITE);
		if (sessions.find(bilan.value(), session).filter(SessionView::planned).isEmpty()) {
			return false;
		}
		UUID id = UUID.randomUUID();
		moves.add(id, session, bilan.value(),
				cipher.encryptString(KeyScope.bilan(bilan.value()), reason, ContentCipher.bindTo("session_move_request", id)),
				clock.instant());
		return true;
	}

	/** Dates, durations and outcomes: administration, for everyone who may read the bilan's administration. */
	public List<SessionView> list(CurrentUser reader, BilanId bilan) {
		access.require(reader, bilan, BilanPart.ADMINISTRATION, AccessMode.READ);
		return sessions.ofBilan(bilan.value());
	}

	/** The sessions with their places, for the worker and the counsellor; the read is audited. */
	public List<SessionDetail> details(CurrentUser reader, BilanId bilan) {
		access.readContent(reader, bilan, BilanPart.CASEWORK, PLACE_KIND, bilan.value(), "sessions");
		Map<UUID, byte[]> ciphertexts = places.ofBilan(bilan.value());
		return sessions.ofBilan(bilan.value()).stream()
				.map(session -> new SessionDetail(session, decryptPlace(bilan, session.id(), ciphertexts.get(session.id()))))
				.toList();
	}

	/** The worker's open requests to move a session, for the counsellor; the read is audited. */
	public List<MoveRequest> openMoveRequests(CurrentUser counsellor, BilanId bilan) {
		access.requireRelation(counsellor, bilan, Role.COUNSELLOR);
		access.readContent(counsellor, bilan, BilanPart.CASEWORK, MOVE_KIND, bilan.value(), "sessions");
		return moves.openOfBilan(bilan.value()).stream()
				.map(row -> new MoveRequest(row.id(), row.sessionId(), cipher.decryptString(KeyScope.bilan(bilan.value()),
						row.reasonCipher(), ContentCipher.bindTo("session_move_request", row.id())), row.askedAt()))
				.toList();
	}

	/** The sessions the worker asked to move and that are not settled yet (no reasons: the worker wrote them). */
	public List<UUID> sessionsAskedToMove(CurrentUser worker, BilanId bilan) {
		access.requireRelation(worker, bilan, Role.WORKER);
		return moves.openOfBilan(bilan.value()).stream().map(MoveRequests.Row::sessionId).distinct().toList();
	}

	public void agreeRhythm(CurrentUser counsellor, BilanId bilan, int everyWeeks) {
		requireOpen(counsellor, bilan);
		rhythms.set(bilan.value(), everyWeeks, clock.instant());
	}

	/** The agreed rhythm in weeks, if any. */
	public Optional<Integer> rhythm(CurrentUser reader, BilanId bilan) {
		access.require(reader, bilan, BilanPart.ADMINISTRATION, AccessMode.READ);
		return rhythms.everyWeeks(bilan.value());
	}

	/** Hours held and planned against the scheme's maximum: administration. */
	public Hours hours(CurrentUser reader, BilanId bilan) {
		BilanSummary summary = access.require(reader, bilan, BilanPart.ADMINISTRATION, AccessMode.READ);
		var max = schemes.find(new SchemeId(summary.schemeId())).map(scheme -> scheme.maxHours()).orElse(null);
		int held = sessions.heldMinutes(bilan.value());
		return new Hours(held, sessions.plannedMinutes(bilan.value()), max, hourParts.of(summary, held));
	}

	public int heldMinutes(CurrentUser reader, BilanId bilan) {
		return hours(reader, bilan).heldMinutes();
	}

	/**
	 * Minutes held, for records that outlive the bilan (the eligibility ledger) and are written by listeners
	 * that act for no person; minutes are administration, never content.
	 */
	public int heldMinutesForRecords(BilanId bilan) {
		return sessions.heldMinutes(bilan.value());
	}

	/** Session figures of some bilans, for read models fed by events; administration only, acting for no person. */
	public Map<UUID, SessionFigures> figuresForRecords(java.util.Collection<UUID> bilans) {
		return sessions.figures(bilans);
	}

	BilanSummary requireWritable(CurrentUser counsellor, BilanId bilan) {
		return access.require(counsellor, bilan, BilanPart.ADMINISTRATION, AccessMode.WRITE);
	}

	private BilanSummary requireOpen(CurrentUser counsellor, BilanId bilan) {
		BilanSummary summary = requireWritable(counsellor, bilan);
		if (summary.state().isFinal()) {
			throw new BilanNotFound();
		}
		return summary;
	}

	/**
	 * Queues the reminder of a planned session, once: the outbox message and the reminder's row are written in
	 * one transaction, and a second attempt (another instance, a second run) rolls back. Returns whether it was queued.
	 */
	boolean remind(SessionView session) {
		var worker = sessions.workerOf(session.id()).flatMap(id -> accounts.findById(new AccountId(id)));
		if (worker.isEmpty()) {
			return false;
		}
		UUID outboxId = mails.send(SessionMails.Change.REMINDER, session, worker.get());
		if (!reminders.claim(session.id(), session.startsAt(), outboxId)) {
			TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
			return false;
		}
		return true;
	}

	String decryptPlace(BilanId bilan, UUID session, byte[] ciphertext) {
		return ciphertext == null ? null
				: cipher.decryptString(KeyScope.bilan(bilan.value()), ciphertext, bindPlace(session));
	}

	private CurrentUser worker(BilanSummary summary) {
		return accounts.findById(new AccountId(summary.workerId())).orElseThrow();
	}

	static byte[] bindPlace(UUID session) {
		return ContentCipher.bindTo("session_place", session);
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
