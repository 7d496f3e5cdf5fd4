package be.balise.reference;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.yaml.snakeyaml.Yaml;

/**
 * The referral helper's rules as data ({@code classpath:reference/referral-rules.yaml}): the questions, and for
 * each rule the answers it applies to and the schemes it suggests. Evaluating them is one loop; no rule is code.
 */
final class ReferralRules {

	record Rule(Map<String, Set<String>> when, List<String> suggest) {

		boolean applies(Map<String, String> answers) {
			return when.entrySet().stream().allMatch(condition -> answers.get(condition.getKey()) != null
					&& condition.getValue().contains(answers.get(condition.getKey())));
		}
	}

	private final List<ReferralQuestion> questions;
	private final List<Rule> rules;
	private final List<String> otherwise;

	ReferralRules(List<ReferralQuestion> questions, List<Rule> rules, List<String> otherwise) {
		this.questions = List.copyOf(questions);
		this.rules = List.copyOf(rules);
		this.otherwise = List.copyOf(otherwise);
		for (Rule rule : rules) {
			rule.when().forEach((question, accepted) -> {
				ReferralQuestion asked = questions.stream().filter(q -> q.id().equals(question)).findFirst()
						.orElseThrow(() -> new IllegalStateException("a rule names an unknown question: " + question));
				if (!asked.answers().containsAll(accepted)) {
					throw new IllegalStateException("a rule names an unknown answer of " + question + ": " + accepted);
				}
			});
		}
	}

	@SuppressWarnings("unchecked")
	static ReferralRules read(String yaml) {
		Map<String, Object> root = new Yaml().load(yaml);
		List<ReferralQuestion> questions = ((List<Map<String, Object>>) root.get("questions")).stream()
				.map(q -> new ReferralQuestion((String) q.get("id"), ((List<Object>) q.get("answers")).stream().map(Object::toString).toList()))
				.toList();
		List<Rule> rules = ((List<Map<String, Object>>) root.get("rules")).stream().map(r -> {
			Map<String, Set<String>> when = new java.util.LinkedHashMap<>();
			((Map<String, List<Object>>) r.get("when")).forEach((question, answers) ->
					when.put(question, Set.copyOf(answers.stream().map(Object::toString).toList())));
			return new Rule(when, ((List<Object>) r.get("suggest")).stream().map(Object::toString).toList());
		}).toList();
		return new ReferralRules(questions, rules, ((List<Object>) root.get("otherwise")).stream().map(Object::toString).toList());
	}

	List<ReferralQuestion> questions() {
		return questions;
	}

	/** Every scheme code the rules may suggest. */
	Set<String> codes() {
		Set<String> codes = new LinkedHashSet<>(otherwise);
		rules.forEach(rule -> codes.addAll(rule.suggest()));
		return codes;
	}

	/** The suggested codes for a complete set of valid answers; empty when an answer is missing or unknown. */
	Optional<List<String>> suggest(Map<String, String> answers) {
		for (ReferralQuestion question : questions) {
			String answer = answers.get(question.id());
			if (answer == null || !question.answers().contains(answer)) {
				return Optional.empty();
			}
		}
		Set<String> suggested = new LinkedHashSet<>();
		rules.stream().filter(rule -> rule.applies(answers)).forEach(rule -> suggested.addAll(rule.suggest()));
		return Optional.of(suggested.isEmpty() ? otherwise : new ArrayList<>(suggested));
	}
}
