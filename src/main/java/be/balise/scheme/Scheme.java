package be.balise.scheme;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * One version of a scheme as the journey sees it. Names and audience come in the three languages;
 * {@code example} marks the shipped examples that a fund officer is expected to edit.
 */
public record Scheme(SchemeId id, String code, int version, UUID fundId, String nameFr, String nameNl, String nameEn,
		String audienceFr, String audienceNl, String audienceEn, int followUpInterviews, Integer signingDeadlineDays,
		BigDecimal maxHours, int retentionMonths, boolean example, Set<ConventionParty> conventionParties,
		int extensionMonths, String appraisalQuestionnaire) {

	public Scheme {
		// Kept in the enum's order, so the convention lists its parties the same way every time.
		conventionParties = conventionParties.isEmpty() ? Set.of()
				: Collections.unmodifiableSet(EnumSet.copyOf(conventionParties));
	}

	public String name(Locale locale) {
		return switch (locale.getLanguage()) {
			case "nl" -> nameNl;
			case "en" -> nameEn;
			default -> nameFr;
		};
	}

	public String audience(Locale locale) {
		return switch (locale.getLanguage()) {
			case "nl" -> audienceNl;
			case "en" -> audienceEn;
			default -> audienceFr;
		};
	}
}
