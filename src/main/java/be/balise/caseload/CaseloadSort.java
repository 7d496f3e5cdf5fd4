package be.balise.caseload;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import be.balise.assessment.BilanState;

/** The orders of the caseload; each is served by an index on (counsellor, ended, ...) or sorts one counsellor's rows. */
public enum CaseloadSort {

	UPDATED("changed_at desc, bilan_id"),
	NEXT_SESSION("next_session_at asc nulls last, bilan_id"),
	HOURS("(held_minutes + planned_minutes)::numeric / nullif(max_minutes, 0) desc nulls last, bilan_id"),
	STATE(journeyOrder() + ", changed_at desc, bilan_id");

	private final String orderBy;

	CaseloadSort(String orderBy) {
		this.orderBy = orderBy;
	}

	String orderBy() {
		return orderBy;
	}

	public String messageKey() {
		return "caseload.sort." + name().toLowerCase(Locale.ROOT);
	}

	private static String journeyOrder() {
		return Arrays.stream(BilanState.values()).map(state -> "'" + state.name() + "'")
				.collect(Collectors.joining(",", "array_position(array[", "]::varchar[], state)"));
	}
}
