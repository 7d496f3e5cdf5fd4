package be.balise.followup;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

import be.balise.web.PageContext;

/** Periods (quarters, in Brussels time) and the bands that replace exact figures on an anonymous answer. */
final class Periods {

	private Periods() {
	}

	/** The quarter of an instant, e.g. {@code 2026-Q4}; such labels sort in time order. */
	static String quarterOf(Instant instant) {
		ZonedDateTime at = instant.atZone(PageContext.BRUSSELS);
		return at.getYear() + "-Q" + ((at.getMonthValue() - 1) / 3 + 1);
	}

	static String hoursBand(int heldMinutes) {
		int hours = heldMinutes / 60;
		if (hours < 8) {
			return "0-8";
		}
		if (hours < 16) {
			return "8-16";
		}
		return hours < 24 ? "16-24" : "24+";
	}

	static String durationBand(Instant from, Instant to) {
		long months = ChronoUnit.MONTHS.between(from.atZone(PageContext.BRUSSELS), to.atZone(PageContext.BRUSSELS));
		if (months < 3) {
			return "0-3";
		}
		if (months < 6) {
			return "3-6";
		}
		return months < 12 ? "6-12" : "12+";
	}
}
