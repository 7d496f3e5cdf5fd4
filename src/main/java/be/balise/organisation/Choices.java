package be.balise.organisation;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Reads checked boxes into a set of enum values; values the form never offered are ignored. */
final class Choices {

	private Choices() {
	}

	static <E extends Enum<E>> Set<E> of(List<String> checked, Class<E> type) {
		Set<E> values = EnumSet.noneOf(type);
		if (checked == null) {
			return values;
		}
		for (E value : type.getEnumConstants()) {
			if (checked.contains(value.name())) {
				values.add(value);
			}
		}
		return values;
	}
}
