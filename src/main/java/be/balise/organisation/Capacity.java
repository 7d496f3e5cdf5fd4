package be.balise.organisation;

import java.util.Optional;

/** A number of open bilans typed in a form: a whole number from 0 to a maximum. */
final class Capacity {

	private Capacity() {
	}

	static Optional<Integer> parse(String text, int max) {
		try {
			int value = Integer.parseInt(text.strip());
			return value >= 0 && value <= max ? Optional.of(value) : Optional.empty();
		} catch (NumberFormatException e) {
			return Optional.empty();
		}
	}
}
