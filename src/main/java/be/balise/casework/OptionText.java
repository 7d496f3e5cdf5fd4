package be.balise.casework;

import java.util.List;

/** The texts of an option: what it is, its pros and cons, how realistic it is, and what is missing to reach it. */
public record OptionText(String description, String pros, String cons, String realism, String missing) {

	List<String> values() {
		return List.of(description, pros, cons, realism, missing);
	}
}
