package be.balise.reference;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;

/**
 * The referral helper: a few questions about who starts the request, the person's situation, what they want and
 * where they live, and the schemes of the lexicon that the rules (data, see {@link ReferralRules}) suggest.
 */
@Service
public class ReferralHelper {

	static final String RULES = "reference/referral-rules.yaml";

	private final ReferralRules rules;
	private final Lexicon lexicon;

	ReferralHelper(ShippedReference shipped, Lexicon lexicon) {
		this.lexicon = lexicon;
		this.rules = ReferralRules.read(ShippedReference.read(RULES));
		var known = shipped.lexicon().stream().map(LexiconScheme::code).toList();
		rules.codes().stream().filter(code -> !known.contains(code)).findFirst().ifPresent(code -> {
			throw new IllegalStateException("the referral rules suggest a scheme the lexicon lacks: " + code);
		});
	}

	public List<ReferralQuestion> questions() {
		return rules.questions();
	}

	/** The codes of the suggested schemes, in rule order; empty when some question is not (validly) answered. */
	public Optional<List<String>> suggest(Map<String, String> answers) {
		return rules.suggest(answers);
	}

	/** The current lexicon entries of the suggested schemes, in rule order; empty when the answers are incomplete. */
	public List<LexiconScheme> suggestedSchemes(Map<String, String> answers) {
		List<String> codes = suggest(answers).orElse(List.of());
		var byCode = new java.util.HashMap<String, LexiconScheme>();
		lexicon.all().forEach(scheme -> byCode.put(scheme.code(), scheme));
		return codes.stream().map(byCode::get).filter(java.util.Objects::nonNull).toList();
	}

	/** Keeps only the valid answers among request parameters, by question id. */
	public Map<String, String> answersFrom(Map<String, String> params) {
		Map<String, String> answers = new java.util.LinkedHashMap<>();
		questions().forEach(question -> {
			String answer = params.get(question.id());
			if (answer != null && question.answers().contains(answer)) {
				answers.put(question.id(), answer);
			}
		});
		return answers;
	}
}
