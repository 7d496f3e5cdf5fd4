package be.balise.privacy;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import be.balise.assessment.BilanState;

/**
 * Everything Balise holds about one bilan of the worker, as the export writes it: administration, history (with
 * the reasons people gave) and every registered kind of content, kind by kind.
 */
public record ExportedBilan(String id, String scheme, BilanState state, Instant createdAt, Instant finalAt,
		String operator, String counsellor, List<Step> history, Map<String, List<Map<String, Object>>> content) {

	/** One move of the bilan's history; {@code reason} may be null. */
	public record Step(Instant at, String kind, BilanState to, String by, String role, String reason) {
	}

	/** The same data as JSON-friendly maps and lists (times as ISO-8601 UTC). */
	Map<String, Object> asJson() {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", id);
		json.put("scheme", scheme);
		json.put("state", state.name());
		json.put("createdAt", createdAt.toString());
		json.put("finalAt", finalAt == null ? null : finalAt.toString());
		json.put("operator", operator);
		json.put("counsellor", counsellor);
		json.put("history", history.stream().map(ExportedBilan::step).toList());
		json.put("content", content);
		return json;
	}

	private static Map<String, Object> step(Step step) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("at", step.at().toString());
		json.put("kind", step.kind());
		json.put("to", step.to() == null ? null : step.to().name());
		json.put("by", step.by());
		json.put("role", step.role());
		json.put("reason", step.reason());
		return json;
	}
}
