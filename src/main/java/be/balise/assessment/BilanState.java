package be.balise.assessment;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** Where a bilan stands in the journey of PRODUCT.md §2. */
public enum BilanState {

	REQUESTED,
	INFORMATION_REQUESTED,
	ELIGIBLE,
	REFUSED,
	OPERATOR_CHOSEN,
	FIRST_MEETING,
	REFERRED,
	LAPSED,
	CONTRACTED,
	PRELIMINARY,
	INVESTIGATION,
	CONCLUSION,
	FOLLOW_UP,
	SUSPENDED,
	CLOSED,
	ABANDONED;

	/** The three middle phases, between which the counsellor may step back and forth. */
	public static final Set<BilanState> PHASES = EnumSet.of(PRELIMINARY, INVESTIGATION, CONCLUSION);

	/** States from which a pause is possible (and to which a resume returns). */
	public static final Set<BilanState> SUSPENDABLE = EnumSet.of(CONTRACTED, PRELIMINARY, INVESTIGATION, CONCLUSION, FOLLOW_UP);

	/** Final states: the retention clock starts when a bilan reaches one. */
	public static final Set<BilanState> FINAL = EnumSet.of(REFUSED, REFERRED, LAPSED, CLOSED, ABANDONED);

	public boolean isFinal() {
		return FINAL.contains(this);
	}

	/** Before the fund has decided on the request. */
	public boolean isUndecided() {
		return this == REQUESTED || this == INFORMATION_REQUESTED;
	}

	/** Whether the bilan has reached the point where the counsellor conducts it (contract signed). */
	public boolean isConducted() {
		return SUSPENDABLE.contains(this) || this == SUSPENDED || this == CLOSED;
	}

	/** The message key of the state's name in the reader's language. */
	public String messageKey() {
		return "assessment.state." + name().toLowerCase(Locale.ROOT);
	}

	/** The badge style of the design system that suits the state. */
	public String badge() {
		if (isFinal()) {
			return this == CLOSED ? "ok" : "ended";
		}
		if (this == SUSPENDED || this == INFORMATION_REQUESTED) {
			return "warn";
		}
		return "active";
	}
}
