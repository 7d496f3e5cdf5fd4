package be.balise.instruments;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever the answers: scores stay in the answer range, and mirroring every Likert answer mirrors the means. */
class ScoringPropertiesTest {

	private static final ItemBanks BANKS = new ItemBanks();

	@Property(tries = 500)
	void scoresStayInTheAnswerRange(@ForAll("bankIds") String bankId, @ForAll("choices") List<Integer> choices) {
		ItemBank bank = BANKS.get(bankId);
		Scores scores = Scorer.score(bank, answers(bank, choices));
		for (ScaleScore score : scores.scales()) {
			score.meanIfScored().ifPresent(mean -> {
				assertThat(mean.value()).isBetween((double) bank.format().min(), (double) bank.format().max());
				assertThat(score.band()).isNotNull();
			});
		}
		HollandProfile.of(scores).ifPresent(profile -> {
			assertThat(profile.differentiation().doubleValue()).isBetween(0.0, 4.0);
			assertThat(profile.ranks().stream().mapToInt(List::size).sum()).isBetween(3, 6);
		});
	}

	@Property(tries = 500)
	void mirroringEveryLikertAnswerMirrorsTheScaleMeans(@ForAll("likertBankIds") String bankId,
			@ForAll("choices") List<Integer> choices) {
		ItemBank bank = BANKS.get(bankId);
		Map<String, Integer> answers = answers(bank, choices);
		Map<String, Integer> mirrored = new HashMap<>();
		answers.forEach((item, answer) -> mirrored.put(item, 6 - answer));
		Scores scores = Scorer.score(bank, answers);
		Scores mirroredScores = Scorer.score(bank, mirrored);
		for (ScaleScore score : scores.scales()) {
			ScaleScore other = mirroredScores.of(score.scale());
			assertThat(other.scored()).isEqualTo(score.scored());
			score.meanIfScored().ifPresent(mean -> {
				// 6 - sum / n, exactly: (6n - sum) / n.
				assertThat(other.mean()).isEqualTo(new Mean(6L * mean.count() - mean.sum(), mean.count()));
				assertThat(other.band()).isEqualTo(mirror(score.band()));
			});
		}
	}

	@Provide
	Arbitrary<String> bankIds() {
		return Arbitraries.of("riasec", "big-five", "work-values");
	}

	@Provide
	Arbitrary<String> likertBankIds() {
		return Arbitraries.of("riasec", "big-five");
	}

	/** One choice per item: 0 leaves it unanswered, otherwise the point (clamped to the bank's format). */
	@Provide
	Arbitrary<List<Integer>> choices() {
		return Arbitraries.integers().between(0, 5).list().ofSize(50);
	}

	private static Map<String, Integer> answers(ItemBank bank, List<Integer> choices) {
		Map<String, Integer> answers = new HashMap<>();
		for (int k = 0; k < bank.items().size(); k++) {
			int choice = choices.get(k);
			if (choice > 0) {
				answers.put(bank.items().get(k).id(), Math.min(choice, bank.format().max()));
			}
		}
		return answers;
	}

	/** Bands are symmetric around 3 on 1-5 (below 2.5, above 3.5), so mirroring swaps low and high. */
	private static Band mirror(Band band) {
		return switch (band) {
			case LOW -> Band.HIGH;
			case MIDDLE -> Band.MIDDLE;
			case HIGH -> Band.LOW;
		};
	}
}
