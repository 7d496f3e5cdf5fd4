package be.balise.caseload;

import be.balise.assessment.BilanId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The extension point for alerts other modules own: the convention module raises {@link CaseloadAlert#CONVENTION_UNSIGNED}
 * while signatures are missing and clears it when the last one arrives; the follow-up module does the same with
 * {@link CaseloadAlert#FOLLOW_UP_DUE}. Each call is one update of the bilan's row, in the caller's transaction.
 */
@Service
@Transactional
public class CaseloadAlerts {

	private final CaseloadEntries entries;

	CaseloadAlerts(CaseloadEntries entries) {
		this.entries = entries;
	}

	/** Raises an alert on a bilan's row; false when the bilan has no row (no counsellor yet). */
	public boolean raise(BilanId bilan, CaseloadAlert alert) {
		return entries.flag(bilan.value(), requireRaised(alert), true);
	}

	public boolean clear(BilanId bilan, CaseloadAlert alert) {
		return entries.flag(bilan.value(), requireRaised(alert), false);
	}

	private static CaseloadAlert requireRaised(CaseloadAlert alert) {
		if (!alert.raised()) {
			throw new IllegalArgumentException(alert + " is computed by the caseload, not raised");
		}
		return alert;
	}
}
