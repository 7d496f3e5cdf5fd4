package be.balise.synthesis;

import java.util.Locale;

/** Where an action of the plan stands, as the worker says. */
public enum ActionStatus {
	PLANNED,
	STARTED,
	DONE,
	DROPPED;

	public String messageKey() {
		return "synthesis.status." + name().toLowerCase(Locale.ROOT);
	}

	public String badge() {
		return switch (this) {
			case PLANNED -> "warn";
			case STARTED -> "active";
			case DONE -> "ok";
			case DROPPED -> "ended";
		};
	}
}
