package be.balise.scheme;

import java.util.Objects;

import tools.jackson.databind.JsonNode;

/** One rule of one scheme version: its type and its parameters (a JSON object, see {@link RuleType}). */
public record SchemeRule(RuleType type, JsonNode params) {

	public SchemeRule {
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(params, "params");
	}
}
