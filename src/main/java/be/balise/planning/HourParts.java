package be.balise.planning;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.Map;

import be.balise.assessment.BilanSummary;
import be.balise.casework.DocumentService;
import be.balise.scheme.RuleType;
import be.balise.scheme.SchemeId;
import be.balise.scheme.SchemeRules;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Splits a bilan's held hours into the parts of its scheme's HOUR_BUDGET rule, in order: the first part fills
 * first. A part requiring a document (a document kind's code, such as POP) is complete only once the bilan holds
 * a document of that kind for each such part. Only which kinds exist is read, never a document itself.
 */
@Component
class HourParts {

	private final SchemeRules rules;
	private final DocumentService documents;

	HourParts(SchemeRules rules, DocumentService documents) {
		this.rules = rules;
		this.documents = documents;
	}

	List<HourPart> of(BilanSummary bilan, int heldMinutes) {
		var budget = rules.of(new SchemeId(bilan.schemeId())).stream().filter(rule -> rule.type() == RuleType.HOUR_BUDGET)
				.findFirst();
		if (budget.isEmpty() || !budget.get().params().path("parts").isArray()) {
			return List.of();
		}
		Map<String, Integer> kinds = null;
		Map<String, Integer> required = new HashMap<>();
		List<HourPart> parts = new ArrayList<>();
		int left = heldMinutes;
		int number = 0;
		for (JsonNode node : budget.get().params().path("parts")) {
			number++;
			BigDecimal hours = node.path("hours").decimalValue();
			String document = node.path("document").asString("");
			int minutes = hours.multiply(BigDecimal.valueOf(60)).intValue();
			int used = Math.min(left, minutes);
			left -= used;
			boolean uploaded = false;
			if (!document.isEmpty()) {
				if (kinds == null) {
					kinds = documents.kindsForRecords(bilan.id());
				}
				// The n-th part requiring a kind needs n documents of that kind: one plan per part.
				uploaded = kinds.getOrDefault(document, 0) >= required.merge(document, 1, Integer::sum);
			}
			parts.add(new HourPart(number, hours, document.isEmpty() ? null : document, used, uploaded));
		}
		return parts;
	}
}
