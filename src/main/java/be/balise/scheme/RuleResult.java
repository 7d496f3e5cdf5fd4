package be.balise.scheme;

import java.util.List;

/**
 * The result of one rule with its reason in plain words: {@code reasonKey} is a message key
 * ({@code scheme.rule.reason.*}) and {@code args} its arguments, kept as text so that it can be stored.
 */
public record RuleResult(RuleType type, RuleOutcome outcome, String reasonKey, List<String> args) {

	public RuleResult {
		args = List.copyOf(args);
	}

	static RuleResult of(RuleType type, RuleOutcome outcome, String reason, Object... args) {
		return new RuleResult(type, outcome, "scheme.rule.reason." + reason,
				java.util.Arrays.stream(args).map(String::valueOf).toList());
	}
}
