package be.balise.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * The referral helper's rules (data: reference/referral-rules.yaml) against a table written apart from them
 * (test resource reference/referral-expectations.csv), which lists every combination of answers with the schemes
 * the helper must suggest.
 */
@Tag("balises-D2")
@Tag("balises-D8")
@Tag("balises-C3")
class ReferralRulesTest {

	static final String EXPECTATIONS = "/reference/referral-expectations.csv";

	final ReferralRules rules = ReferralRules.read(ShippedReference.read(ReferralHelper.RULES));

	@ParameterizedTest(name = "{0} / {1} / {2} / {3} → {4}")
	@CsvFileSource(resources = EXPECTATIONS, numLinesToSkip = 1)
	void eachCombinationOfAnswersSuggestsTheExpectedSchemes(String initiative, String situation, String aim, String region,
			String expected) {
		var suggested = rules.suggest(Map.of("initiative", initiative, "situation", situation, "aim", aim, "region", region));

		assertThat(suggested).isPresent();
		assertThat(suggested.get()).doesNotHaveDuplicates()
				.containsExactlyInAnyOrderElementsOf(Arrays.asList(expected.split(" ")));
	}

	@Test
	void theTableCoversEveryCombinationOfTheQuestionsExactlyOnce() throws IOException {
		List<String> rows;
		try (InputStream in = getClass().getResourceAsStream(EXPECTATIONS)) {
			rows = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1).filter(line -> !line.isBlank()).toList();
		}
		Set<String> combinations = rows.stream().map(row -> row.substring(0, row.lastIndexOf(','))).collect(Collectors.toSet());
		int expected = rules.questions().stream().mapToInt(question -> question.answers().size()).reduce(1, (a, b) -> a * b);

		assertThat(rules.questions()).extracting(ReferralQuestion::id).containsExactly("initiative", "situation", "aim", "region");
		assertThat(rows).hasSize(expected);
		assertThat(combinations).hasSize(expected);
		for (String combination : combinations) {
			String[] answers = combination.split(",");
			for (int i = 0; i < answers.length; i++) {
				assertThat(rules.questions().get(i).answers()).contains(answers[i]);
			}
		}
	}

	@Test
	void incompleteOrUnknownAnswersSuggestNothing() {
		assertThat(rules.suggest(Map.of("initiative", "WORKER", "situation", "EMPLOYED", "aim", "TAKE_STOCK"))).isEmpty();
		assertThat(rules.suggest(Map.of("initiative", "WORKER", "situation", "EMPLOYED", "aim", "TAKE_STOCK", "region", "MARS")))
				.isEmpty();
	}

	@Test
	void everySuggestedCodeIsASchemeOfTheLexiconAndEverySchemeButTheBilanCanBeSuggested() {
		Set<String> lexicon = new HashSet<>();
		new ShippedReference(null, null, java.time.Clock.systemUTC()).lexicon().forEach(scheme -> lexicon.add(scheme.code()));

		assertThat(lexicon).hasSize(11).containsAll(rules.codes());
		assertThat(rules.codes()).containsAll(lexicon);
	}

	@Test
	void aRuleNamingAnUnknownAnswerIsRefusedWhenTheRulesAreRead() {
		String yaml = """
				questions:
				  - id: aim
				    answers: [TAKE_STOCK]
				rules:
				  - when: {aim: [DREAM]}
				    suggest: [BILAN]
				otherwise: [BILAN]
				""";
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> ReferralRules.read(yaml))
				.isInstanceOf(IllegalStateException.class).hasMessageContaining("aim");
	}
}
