package be.balise.instruments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Scoring worked out by hand: reverse keys, missing answers, band limits, ties, Holland code and hexagon. */
@Tag("balises-C5")
@Tag("balises-K2")
class ScoringTest {

	private static final ItemBanks BANKS = new ItemBanks();
	private final ItemBank riasec = BANKS.get("riasec");
	private final ItemBank bigFive = BANKS.get("big-five");
	private final ItemBank values = BANKS.get("work-values");

	@Test
	void reverseKeyedItemsCountSixMinusTheAnswer() {
		// Extraversion: items 1, 11, 21, 31, 41 are keyed +, items 6, 16, 26, 36, 46 are keyed -.
		// Answering 4 everywhere: 5 x 4 + 5 x (6 - 4) = 30, mean 3.0.
		Map<String, Integer> answers = new HashMap<>();
		bigFive.itemsOf("E").forEach(item -> answers.put(item.id(), 4));
		ScaleScore e = Scorer.score(bigFive, answers).of("E");
		assertThat(e.mean()).isEqualTo(new Mean(30, 10));
		assertThat(e.band()).isEqualTo(Band.MIDDLE);

		// 5 to every + item and 1 to every - item: 5 x 5 + 5 x (6 - 1) = 50, mean 5.0.
		bigFive.itemsOf("E").forEach(item -> answers.put(item.id(), item.reverse() ? 1 : 5));
		assertThat(Scorer.score(bigFive, answers).of("E").mean().rounded()).isEqualByComparingTo("5.00");
		assertThat(Scorer.score(bigFive, answers).of("E").band()).isEqualTo(Band.HIGH);
	}

	@Test
	void emotionalStabilityUsesItsEightReverseKeys() {
		// ES: + items 9 and 19, - items 4, 14, 24, 29, 34, 39, 44, 49. Answer 2 everywhere:
		// 2 x 2 + 8 x (6 - 2) = 36, mean 3.6, high.
		Map<String, Integer> answers = new HashMap<>();
		bigFive.itemsOf("ES").forEach(item -> answers.put(item.id(), 2));
		ScaleScore es = Scorer.score(bigFive, answers).of("ES");
		assertThat(es.mean()).isEqualTo(new Mean(36, 10));
		assertThat(es.band()).isEqualTo(Band.HIGH);
	}

	@Test
	void aScaleWithMoreThanTwentyPercentMissingIsNotScoredAndSaysSo() {
		Map<String, Integer> answers = allRiasec(3);
		answers.remove("riasec.R1");
		// 1 of 8 missing is 12.5 %: scored on the 7 answers.
		assertThat(Scorer.score(riasec, answers).of("R").mean()).isEqualTo(new Mean(21, 7));
		answers.remove("riasec.R2");
		// 2 of 8 missing is 25 %: not scored, and the score says how many were missing.
		ScaleScore r = Scorer.score(riasec, answers).of("R");
		assertThat(r.scored()).isFalse();
		assertThat(r.band()).isNull();
		assertThat(r.missing()).isEqualTo(2);
		assertThat(Scorer.score(riasec, answers).of("I").scored()).isTrue();
	}

	@Test
	void exactlyTwentyPercentMissingIsStillScored() {
		Map<String, Integer> answers = new HashMap<>();
		bigFive.itemsOf("C").stream().skip(2).forEach(item -> answers.put(item.id(), 5));
		// 2 of 10 missing is exactly 20 %: scored.
		assertThat(Scorer.score(bigFive, answers).of("C").answered()).isEqualTo(8);
		assertThat(Scorer.score(bigFive, answers).of("C").scored()).isTrue();
		answers.remove(bigFive.itemsOf("C").get(2).id());
		assertThat(Scorer.score(bigFive, answers).of("C").scored()).isFalse();
	}

	@Test
	void bandLimitsBelongToTheMiddleBand() {
		assertThat(band(20)).isEqualTo(Band.MIDDLE); // 20 / 8 = 2.5
		assertThat(band(28)).isEqualTo(Band.MIDDLE); // 28 / 8 = 3.5
		assertThat(band(19)).isEqualTo(Band.LOW); // 2.375
		assertThat(band(29)).isEqualTo(Band.HIGH); // 3.625
	}

	@Test
	void hollandCodeIsTheThreeHighestTypesWithDifferentiationAndConsistency() {
		// R 2, I 3, A 4, S 5, E 4.5 (four 5s and four 4s), C 1.
		Map<String, Integer> answers = riasecByType(2, 3, 4, 5, 4, 1);
		riasec.itemsOf("E").stream().limit(4).forEach(item -> answers.put(item.id(), 5));
		HollandProfile profile = HollandProfile.of(Scorer.score(riasec, answers)).orElseThrow();
		assertThat(profile.code()).isEqualTo("SEA");
		assertThat(profile.tied()).isFalse();
		assertThat(profile.differentiation()).isEqualByComparingTo("4.00");
		assertThat(profile.consistency()).isEqualTo(HollandProfile.Consistency.HIGH);
	}

	@Test
	void tiesAreShownAsGroupsInHexagonOrder() {
		// S 5, A 5, E 4, C 4, I 3, R 1: two ties, the third place is shared by E and C.
		HollandProfile profile = HollandProfile.of(Scorer.score(riasec, riasecByType(1, 3, 5, 5, 4, 4))).orElseThrow();
		assertThat(profile.ranks()).containsExactly(java.util.List.of("A", "S"), java.util.List.of("E", "C"));
		assertThat(profile.code()).isEqualTo("A/S E/C");
		assertThat(profile.tied()).isTrue();
		assertThat(profile.consistency()).isEqualTo(HollandProfile.Consistency.HIGH);
		assertThat(profile.differentiation()).isEqualByComparingTo("4.00");
	}

	@Test
	void meansTieWhateverTheNumberOfAnswersBehindThem() {
		// R: 7 answers of 4 (one missing) = 28 / 7; I: 8 answers of 4 = 32 / 8. Both 4: a tie.
		Map<String, Integer> answers = riasecByType(4, 4, 2, 2, 2, 1);
		answers.remove("riasec.R8");
		HollandProfile profile = HollandProfile.of(Scorer.score(riasec, answers)).orElseThrow();
		assertThat(profile.ranks().get(0)).containsExactly("R", "I");
		assertThat(profile.code()).isEqualTo("R/I A/S/E");
	}

	@Test
	void consistencyFollowsTheHexagon() {
		assertThat(profile(5, 1, 4, 1, 1, 1).consistency()).isEqualTo(HollandProfile.Consistency.MIDDLE); // R-A
		assertThat(profile(5, 1, 1, 4, 1, 1).consistency()).isEqualTo(HollandProfile.Consistency.LOW); // R-S
		assertThat(profile(5, 1, 1, 1, 1, 4).consistency()).isEqualTo(HollandProfile.Consistency.HIGH); // R-C
		assertThat(profile(5, 5, 5, 1, 1, 1).consistency()).isEqualTo(HollandProfile.Consistency.UNDETERMINED);
		assertThat(profile(5, 5, 5, 1, 1, 1).code()).isEqualTo("R/I/A");
	}

	@Test
	void differentiationIsExactBeforeRounding() {
		// R: 1 + 4 + 3 + 4 + 4 + 4 + 4 + 5 = 29, mean 3.625; the others 1: 2.625, shown 2.63.
		Map<String, Integer> answers = riasecByType(4, 1, 1, 1, 1, 1);
		answers.put("riasec.R1", 1);
		answers.put("riasec.R3", 3);
		answers.put("riasec.R8", 5);
		assertThat(Scorer.score(riasec, answers).of("R").mean()).isEqualTo(new Mean(29, 8));
		assertThat(HollandProfile.of(Scorer.score(riasec, answers)).orElseThrow().differentiation())
				.isEqualByComparingTo(new BigDecimal("2.63"));
	}

	@Test
	void noHollandCodeWhenATypeIsNotScored() {
		Map<String, Integer> answers = riasecByType(3, 3, 3, 3, 3, 3);
		riasec.itemsOf("C").stream().limit(2).forEach(item -> answers.remove(item.id()));
		assertThat(HollandProfile.of(Scorer.score(riasec, answers))).isEmpty();
	}

	@Test
	void workValuesAreTheMeanImportanceOfTheirCards() {
		Map<String, Integer> answers = new HashMap<>();
		put(answers, "ACHIEVEMENT", 4, 4, 3, 3); // 14 / 4 = 3.5, above 3.0: high
		put(answers, "INDEPENDENCE", 1, 1, 2, 2); // 1.5, below 2.0: low
		put(answers, "RECOGNITION", 2, 2, 3, 3); // 2.5: middle
		put(answers, "RELATIONSHIPS", 4, 4, 4); // one card of four left: 25 % missing, not scored
		Scores scores = Scorer.score(values, answers);
		assertThat(scores.of("ACHIEVEMENT").mean()).isEqualTo(new Mean(14, 4));
		assertThat(scores.of("ACHIEVEMENT").band()).isEqualTo(Band.HIGH);
		assertThat(scores.of("INDEPENDENCE").band()).isEqualTo(Band.LOW);
		assertThat(scores.of("RECOGNITION").band()).isEqualTo(Band.MIDDLE);
		assertThat(scores.of("RELATIONSHIPS").scored()).isFalse();
		assertThat(scores.of("SUPPORT").scored()).isFalse();
	}

	@Test
	void answersOutsideTheFormatOrForUnknownItemsAreRefused() {
		assertThatThrownBy(() -> Scorer.score(riasec, Map.of("riasec.R1", 6))).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> Scorer.score(values, Map.of("work-values.support.1", 5)))
				.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> Scorer.score(riasec, Map.of("big-five.1", 3))).isInstanceOf(IllegalArgumentException.class);
		assertThat(Scorer.score(riasec, Map.of("riasec.R1", 5)).of("R").answered()).isEqualTo(1);
	}

	private Band band(int sumOfEight) {
		return Scorer.band(riasec.bands(), new Mean(sumOfEight, 8));
	}

	private HollandProfile profile(int r, int i, int a, int s, int e, int c) {
		return HollandProfile.of(Scorer.score(riasec, riasecByType(r, i, a, s, e, c))).orElseThrow();
	}

	private Map<String, Integer> allRiasec(int answer) {
		return riasecByType(answer, answer, answer, answer, answer, answer);
	}

	private Map<String, Integer> riasecByType(int r, int i, int a, int s, int e, int c) {
		Map<String, Integer> byType = Map.of("R", r, "I", i, "A", a, "S", s, "E", e, "C", c);
		Map<String, Integer> answers = new HashMap<>();
		riasec.items().forEach(item -> answers.put(item.id(), byType.get(item.scale())));
		return answers;
	}

	private void put(Map<String, Integer> answers, String value, int... columns) {
		var items = values.itemsOf(value);
		for (int k = 0; k < columns.length; k++) {
			answers.put(items.get(k).id(), columns[k]);
		}
	}
}
