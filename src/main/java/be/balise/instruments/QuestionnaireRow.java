package be.balise.instruments;

import java.util.Locale;
import java.util.UUID;

/** An operator's questionnaire as its admin sees it: the draft, and the last published version (0 when none). */
public record QuestionnaireRow(UUID id, UUID operatorId, String operatorName, String code, QuestionnaireDraft draft,
		int published) {

	public String title(Locale locale) {
		return draft.title().in(locale);
	}
}
