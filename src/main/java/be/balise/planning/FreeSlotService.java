package be.balise.planning;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import be.balise.assessment.AssessmentAccess;
import be.balise.assessment.BilanId;
import be.balise.assessment.BilanNotFound;
import be.balise.assessment.BilanState;
import be.balise.assessment.BilanSummary;
import be.balise.identity.CurrentUser;
import be.balise.identity.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Free slots: a counsellor offers times to all the workers they accompany; a worker picks one for their bilan
 * and it becomes a planned session, mailed with its calendar file like any other. A slot is taken once: the
 * conditional update lets one taker through and the others find it gone.
 */
@Service
@Transactional
public class FreeSlotService {

	public enum Taking { TAKEN, GONE }

	private final FreeSlots slots;
	private final SessionService sessions;
	private final AssessmentAccess access;
	private final Clock clock;

	FreeSlotService(FreeSlots slots, SessionService sessions, AssessmentAccess access, Clock clock) {
		this.slots = slots;
		this.sessions = sessions;
		this.access = access;
		this.clock = clock;
	}

	public UUID publish(CurrentUser counsellor, Instant startsAt, int durationMinutes, Modality modality) {
		if (!counsellor.has(Role.COUNSELLOR)) {
			throw new BilanNotFound();
		}
		if (!startsAt.isAfter(clock.instant())) {
			throw new IllegalArgumentException("A free slot lies in the future");
		}
		UUID id = UUID.randomUUID();
		slots.add(id, counsellor.id().value(), startsAt, durationMinutes, modality, clock.instant());
		return id;
	}

	/** The counsellor's own slots from now on, taken ones included (the page says by which bilan). */
	public List<FreeSlot> mine(CurrentUser counsellor) {
		return slots.ofCounsellor(counsellor.id().value(), clock.instant());
	}

	public boolean withdraw(CurrentUser counsellor, UUID slot) {
		return slots.withdraw(slot, counsellor.id().value());
	}

	/** The free slots the worker may pick for this bilan: their counsellor's, while the bilan is conducted. */
	public List<FreeSlot> offeredTo(CurrentUser worker, BilanId bilan) {
		BilanSummary summary = access.requireRelation(worker, bilan, Role.WORKER);
		if (!pickable(summary)) {
			return List.of();
		}
		return slots.freeOf(summary.counsellorId(), clock.instant());
	}

	/**
	 * The worker takes a slot: it becomes a session of their bilan. GONE when someone else took it first, when
	 * it is past or withdrawn; a slot of another counsellor is not found at all.
	 */
	public Taking take(CurrentUser worker, BilanId bilan, UUID slot) {
		BilanSummary summary = access.requireRelation(worker, bilan, Role.WORKER);
		if (!pickable(summary)) {
			throw new BilanNotFound();
		}
		var found = slots.find(slot).filter(s -> s.counsellorId().equals(summary.counsellorId()));
		if (found.isEmpty()) {
			return Taking.GONE;
		}
		if (!slots.take(slot, summary.counsellorId(), bilan.value(), clock.instant())) {
			return Taking.GONE;
		}
		FreeSlot taken = found.get();
		UUID session = sessions.planFromSlot(summary, taken);
		slots.linkSession(slot, session);
		return Taking.TAKEN;
	}

	private static boolean pickable(BilanSummary summary) {
		return summary.counsellorId() != null && !summary.state().isFinal() && summary.state() != BilanState.SUSPENDED;
	}
}
