package be.balise.followup;

import java.util.List;

/**
 * An appraisal questionnaire as a scheme names it ({@code Scheme.appraisalQuestionnaire()}): its scaled items and
 * whether it asks for a free comment. Only "default" exists for now; an unknown code falls back to it.
 */
public record AppraisalQuestionnaire(String code, List<AppraisalItem> items, boolean freeComment) {

	public static final AppraisalQuestionnaire DEFAULT = new AppraisalQuestionnaire("default",
			List.of(AppraisalItem.values()), true);

	public static AppraisalQuestionnaire of(String code) {
		return DEFAULT;
	}
}
