package be.balise.assessment;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.function.BiConsumer;

import be.balise.identity.CurrentUser;
import be.balise.identity.Role;
import be.balise.scheme.Scheme;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The moves of the journey as the pages ask for them. Each one checks that the person stands to the bilan in
 * the right role (otherwise 404), lets the aggregate apply its rules, stores the result and announces it.
 */
@Service
@Transactional
public class Journey {

	private final Bilans bilans;
	private final AssessmentAccess access;
	private final Memberships memberships;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final OperatorChoices operatorChoices;

	Journey(Bilans bilans, AssessmentAccess access, Memberships memberships, ApplicationEventPublisher events, Clock clock,
			OperatorChoices operatorChoices) {
		this.operatorChoices = operatorChoices;
		this.bilans = bilans;
		this.access = access;
		this.memberships = memberships;
		this.events = events;
		this.clock = clock;
	}

	/** A worker asks for a bilan under a scheme. */
	public BilanId request(CurrentUser worker, Scheme scheme) {
		if (!worker.has(Role.WORKER)) {
			throw new TransitionRefused("assessment.refused.role");
		}
		Instant now = clock.instant();
		Bilan bilan = Bilan.request(worker.id().value(), scheme.id().value(), scheme.followUpInterviews(), now);
		bilans.save(bilan, now);
		events.publishEvent(new BilanStateChanged(bilan.id(), null, BilanState.REQUESTED, now));
		return bilan.id();
	}

	public void askForInformation(CurrentUser fund, BilanId id, String question) {
		act(fund, Role.FUND_OFFICER, id, (bilan, actor) -> bilan.askForInformation(actor, question, now()));
	}

	public void provideInformation(CurrentUser worker, BilanId id) {
		act(worker, Role.WORKER, id, (bilan, actor) -> bilan.provideInformation(actor, now()));
	}

	public void accept(CurrentUser fund, BilanId id) {
		act(fund, Role.FUND_OFFICER, id, (bilan, actor) -> bilan.accept(actor, now()));
	}

	public void refuse(CurrentUser fund, BilanId id, String reason) {
		act(fund, Role.FUND_OFFICER, id, (bilan, actor) -> bilan.refuse(actor, reason, now()));
	}

	/** The worker chooses among the operators the fund offers under the bilan's scheme today. */
	public void chooseOperator(CurrentUser worker, BilanId id, UUID operator) {
		act(worker, Role.WORKER, id, (bilan, actor) -> {
			if (!operatorChoices.offers(bilan.schemeId(), operator)) {
				throw new TransitionRefused("assessment.refused.operatorNotOffered");
			}
			bilan.chooseOperator(actor, operator, now());
		});
	}

	public void assignCounsellor(CurrentUser operatorAdmin, BilanId id, UUID counsellor) {
		act(operatorAdmin, Role.OPERATOR_ADMIN, id, (bilan, actor) -> {
			requireCounsellorOf(bilan, counsellor);
			bilan.assignCounsellor(actor, counsellor, now());
		});
	}

	public void declineAsCounsellor(CurrentUser counsellor, BilanId id, String reason) {
		act(counsellor, Role.COUNSELLOR, id, (bilan, actor) -> bilan.declineAsCounsellor(actor, reason, now()));
	}

	public void declineAsOperator(CurrentUser operatorAdmin, BilanId id, String reason) {
		act(operatorAdmin, Role.OPERATOR_ADMIN, id, (bilan, actor) -> bilan.declineAsOperator(actor, reason, now()));
	}

	public void proposeCounsellorChange(CurrentUser operatorAdmin, BilanId id, UUID counsellor, String reason) {
		act(operatorAdmin, Role.OPERATOR_ADMIN, id, (bilan, actor) -> {
			requireCounsellorOf(bilan, counsellor);
			bilan.proposeCounsellorChange(actor, counsellor, reason, now());
		});
	}

	public void answerCounsellorChange(CurrentUser worker, BilanId id, boolean agrees) {
		act(worker, Role.WORKER, id, (bilan, actor) -> bilan.answerCounsellorChange(actor, agrees, now()));
	}

	public void refer(CurrentUser counsellor, BilanId id, String schemeNamed, String reason) {
		act(counsellor, Role.COUNSELLOR, id, (bilan, actor) -> bilan.refer(actor, schemeNamed, reason, now()));
	}

	/**
	 * The convention is complete (every party signed, consent given): called by the contract module on the act
	 * of the party ({@code role}) that completed it, never by a page of its own.
	 */
	public void contract(CurrentUser lastParty, Role role, BilanId id) {
		act(lastParty, role, id, (bilan, actor) -> bilan.contract(actor, now()));
	}

	public void lapse(CurrentUser counsellor, BilanId id) {
		act(counsellor, Role.COUNSELLOR, id, (bilan, actor) -> bilan.lapse(actor, now()));
	}

	/**
	 * The scheme's signing deadline passed (a scheduled job; no person acts). Returns false, changing nothing,
	 * when the bilan has already left the first meeting.
	 */
	public boolean lapseUnsigned(BilanId id) {
		Bilan bilan = bilans.find(id).orElse(null);
		if (bilan == null || bilan.state() != BilanState.FIRST_MEETING || bilan.counsellorId() == null) {
			return false;
		}
		BilanState before = bilan.state();
		Instant now = now();
		bilan.lapseUnsigned(now);
		bilans.save(bilan, now);
		events.publishEvent(new BilanStateChanged(id, before, bilan.state(), now));
		return true;
	}

	public void moveToPhase(CurrentUser counsellor, BilanId id, BilanState target, String reason) {
		act(counsellor, Role.COUNSELLOR, id, (bilan, actor) -> bilan.moveToPhase(actor, target, reason, now()));
	}

	public void close(CurrentUser counsellor, BilanId id) {
		act(counsellor, Role.COUNSELLOR, id, (bilan, actor) -> bilan.close(actor, now()));
	}

	public void suspend(CurrentUser counsellor, BilanId id, String reason) {
		act(counsellor, Role.COUNSELLOR, id, (bilan, actor) -> bilan.suspend(actor, reason, now()));
	}

	public void resume(CurrentUser counsellor, BilanId id) {
		act(counsellor, Role.COUNSELLOR, id, (bilan, actor) -> bilan.resume(actor, now()));
	}

	public void abandon(CurrentUser worker, BilanId id, String reason) {
		act(worker, Role.WORKER, id, (bilan, actor) -> bilan.abandon(actor, reason, now()));
	}

	private void act(CurrentUser user, Role role, BilanId id, BiConsumer<Bilan, Actor> move) {
		access.requireRelation(user, id, role);
		Bilan bilan = bilans.find(id).orElseThrow(BilanNotFound::new);
		BilanState before = bilan.state();
		UUID counsellorBefore = bilan.counsellorId();
		move.accept(bilan, new Actor(user.id().value(), role));
		Instant now = now();
		bilans.save(bilan, now);
		if (bilan.state() != before) {
			events.publishEvent(new BilanStateChanged(id, before, bilan.state(), now));
		} else if (!java.util.Objects.equals(counsellorBefore, bilan.counsellorId())) {
			events.publishEvent(new BilanCounsellorChanged(id, counsellorBefore, bilan.counsellorId(), now));
		}
	}

	private void requireCounsellorOf(Bilan bilan, UUID counsellor) {
		if (bilan.operatorId() == null || !memberships.counselsFor(counsellor, bilan.operatorId())) {
			throw new TransitionRefused("assessment.refused.notACounsellorOfOperator");
		}
	}

	private Instant now() {
		return clock.instant();
	}
}
