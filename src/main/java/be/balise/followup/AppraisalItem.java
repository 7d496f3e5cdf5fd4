package be.balise.followup;

import java.util.Locale;

/** One scaled question of an appraisal questionnaire, answered 1 (not at all) to 5 (fully). */
public enum AppraisalItem {
	CLARITY,
	RELATIONSHIP,
	METHODS,
	SYNTHESIS,
	RECOMMEND;

	public static final int MIN = 1;
	public static final int MAX = 5;

	public String messageKey() {
		return "followup.appraisal.item." + name().toLowerCase(Locale.ROOT);
	}
}
