package be.balise.request;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;

import be.balise.assessment.BilanState;
import be.balise.assessment.BilanStateChanged;
import be.balise.planning.SessionService;
import be.balise.scheme.SchemeId;
import be.balise.scheme.Schemes;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps the eligibility ledger in step with the journey, inside the transaction of the change (before commit),
 * so that a decision and its ledger entry are written together or not at all.
 */
@Component
class LedgerRecorder {

	private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
	/** Ending from these states means nothing was conducted: no hours, no entry. */
	private static final Set<BilanState> BEFORE_CONTRACT = EnumSet.of(BilanState.ELIGIBLE, BilanState.OPERATOR_CHOSEN,
			BilanState.FIRST_MEETING);

	private final EligibilityLedger ledger;
	private final Requests requests;
	private final Schemes schemes;
	private final SessionService sessions;

	LedgerRecorder(EligibilityLedger ledger, Requests requests, Schemes schemes, SessionService sessions) {
		this.ledger = ledger;
		this.requests = requests;
		this.schemes = schemes;
		this.sessions = sessions;
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void on(BilanStateChanged change) {
		LocalDate on = change.at().atZone(BRUSSELS).toLocalDate();
		var bilan = change.bilanId();
		switch (change.to()) {
			case ELIGIBLE -> requests.find(bilan.value()).ifPresent(request -> schemes.find(new SchemeId(request.schemeId()))
					.ifPresent(scheme -> ledger.started(bilan.value(), request.workerId(), scheme.code(),
							scheme.id().value(), on)));
			case REFERRED, LAPSED -> ledger.forget(bilan.value());
			case ABANDONED -> {
				if (change.from() != null && BEFORE_CONTRACT.contains(change.from())) {
					ledger.forget(bilan.value());
				} else {
					ledger.ended(bilan.value(), on, hoursHeld(change));
				}
			}
			case CLOSED -> ledger.ended(bilan.value(), on, hoursHeld(change));
			default -> { }
		}
	}

	private BigDecimal hoursHeld(BilanStateChanged change) {
		return BigDecimal.valueOf(sessions.heldMinutesForRecords(change.bilanId()))
				.divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP);
	}
}
