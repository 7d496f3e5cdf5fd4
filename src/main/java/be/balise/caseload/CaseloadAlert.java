package be.balise.caseload;

import java.util.Locale;

/**
 * What the caseload flags. The first two are computed from the read model when the page is read; the others are
 * raised and cleared by the modules that own their data, through {@link CaseloadAlerts}.
 */
public enum CaseloadAlert {

	/** A bilan in conduct with no session held or planned for {@link CaseloadEntries#QUIET_DAYS} days. */
	NO_RECENT_SESSION(false),
	/** Held and planned hours reach 80 % of the scheme's maximum. */
	HOURS_NEARLY_USED(false),
	/** Raised by the convention module while a convention waits for signatures. */
	CONVENTION_UNSIGNED(true),
	/** Raised by the follow-up module when a follow-up interview is due. */
	FOLLOW_UP_DUE(true);

	private final boolean raised;

	CaseloadAlert(boolean raised) {
		this.raised = raised;
	}

	/** Whether another module raises this alert (stored as a flag) rather than the read model computing it. */
	public boolean raised() {
		return raised;
	}

	public String messageKey() {
		return "caseload.alert." + name().toLowerCase(Locale.ROOT);
	}
}
