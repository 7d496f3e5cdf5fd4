package be.balise.assessment;

import java.util.Locale;

/** The orders a list of bilans can be read in; the scope (counsellor, operator, scheme) is always indexed. */
public enum BilanSort {

	UPDATED("updated_at desc, id"),
	CREATED("created_at desc, id"),
	STATE(journeyOrder() + ", updated_at desc, id");

	private final String orderBy;

	BilanSort(String orderBy) {
		this.orderBy = orderBy;
	}

	String orderBy() {
		return orderBy;
	}

	/** States in the order of the journey, not of the alphabet. */
	private static String journeyOrder() {
		return java.util.Arrays.stream(BilanState.values()).map(state -> "'" + state.name() + "'")
				.collect(java.util.stream.Collectors.joining(",", "array_position(array[", "]::varchar[], state)"));
	}

	public String messageKey() {
		return "assessment.sort." + name().toLowerCase(Locale.ROOT);
	}
}
