package be.balise.instruments;

/** How an item of an operator's questionnaire is answered: from 1 to 5 for a scale, or in free text (not scored). */
public enum QuestionnaireItemFormat {
	LIKERT, FREE_TEXT
}
