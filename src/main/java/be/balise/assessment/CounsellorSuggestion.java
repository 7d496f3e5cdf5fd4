package be.balise.assessment;

import java.util.UUID;

/**
 * A counsellor the operator admin may assign, with what the suggestion is based on: how many more bilans they
 * can take ({@code capacity} minus their {@code activeBilans}, never below 0) and whether they speak the
 * language the worker asked for.
 */
public record CounsellorSuggestion(UUID id, String name, int capacity, int activeBilans, boolean speaksLanguage) {

	public int free() {
		return Math.max(0, capacity - activeBilans);
	}
}
