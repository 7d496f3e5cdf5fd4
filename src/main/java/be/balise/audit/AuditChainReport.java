package be.balise.audit;

import java.util.Optional;
import java.util.UUID;

/** What the verifier found: how many rows it checked and, if the chain is broken, where it first breaks. */
public record AuditChainReport(long rowsChecked, Optional<Break> firstBreak) {

	public boolean intact() {
		return firstBreak.isEmpty();
	}

	/**
	 * The first position of the chain that does not hold what it should. {@code eventId} is the row found at
	 * that position, or the row found in place of a missing one (null when rows are missing at the end).
	 */
	public record Break(long sequence, UUID eventId, Problem problem) {
	}

	public enum Problem {
		/** The row's fields no longer match its hash. */
		ALTERED,
		/** The row at this position, and maybe later ones, was deleted. */
		MISSING,
		/** The row does not follow the row before it: rows were reordered or renumbered. */
		OUT_OF_ORDER
	}
}
