package be.balise.planning;

import java.math.BigDecimal;

/**
 * One part of a scheme's hour budget (rule HOUR_BUDGET, e.g. the Flemish career cheques: 4 h then 3 h, each
 * ending with a personal development plan): its hours, the document that completes it (a document kind's code,
 * or null), the held minutes that fall in it, and whether that document is uploaded.
 */
public record HourPart(int number, BigDecimal hours, String document, int usedMinutes, boolean documentUploaded) {

	public int minutes() {
		return hours.multiply(BigDecimal.valueOf(60)).intValue();
	}

	/** All its hours are held and, when it requires one, its document is uploaded. */
	public boolean complete() {
		return usedMinutes >= minutes() && (document == null || documentUploaded);
	}

	/** Its hours are held but the document it requires is missing. */
	public boolean awaitingDocument() {
		return usedMinutes >= minutes() && document != null && !documentUploaded;
	}

	public boolean started() {
		return usedMinutes > 0;
	}

	public String used() {
		return Hours.format(usedMinutes);
	}

	public String hoursText() {
		return hours.stripTrailingZeros().toPlainString();
	}
}
