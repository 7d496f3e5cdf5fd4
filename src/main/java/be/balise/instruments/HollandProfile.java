package be.balise.instruments;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What RIASEC scores say together: the Holland code (the three highest types, ties shown as groups), the
 * differentiation (highest minus lowest mean) and the consistency of the first two letters on the hexagon.
 *
 * @param ranks groups of tied types, highest first, as many as needed to cover three places; letters of a
 *              group follow the hexagon order R, I, A, S, E, C
 */
public record HollandProfile(List<List<String>> ranks, BigDecimal differentiation, Consistency consistency) {

	/** The hexagon, in order: neighbours are adjacent, three apart are opposite. */
	public static final List<String> HEXAGON = List.of("R", "I", "A", "S", "E", "C");

	public enum Consistency {
		/** First two letters adjacent on the hexagon. */
		HIGH,
		/** One letter apart. */
		MIDDLE,
		/** Opposite. */
		LOW,
		/** The first two letters are not determined because three or more types tie for them. */
		UNDETERMINED
	}

	/** The profile, or empty when a type is not scored (too many missing answers to compare types). */
	public static Optional<HollandProfile> of(Scores scores) {
		if (!scores.allScored()) {
			return Optional.empty();
		}
		List<ScaleScore> sorted = new ArrayList<>(scores.scales());
		sorted.sort(Comparator.comparing(ScaleScore::mean).reversed()
				.thenComparing(score -> HEXAGON.indexOf(score.scale())));
		List<List<ScaleScore>> groups = groups(sorted);
		List<List<String>> ranks = new ArrayList<>();
		int covered = 0;
		for (List<ScaleScore> group : groups) {
			if (covered >= 3) {
				break;
			}
			ranks.add(group.stream().map(ScaleScore::scale).toList());
			covered += group.size();
		}
		Mean highest = sorted.get(0).mean();
		Mean lowest = sorted.get(sorted.size() - 1).mean();
		return Optional.of(new HollandProfile(List.copyOf(ranks), difference(highest, lowest), consistency(ranks)));
	}

	/** The code as letters, e.g. {@code SAE}; with ties, groups are separated by spaces and tied letters by "/". */
	public String code() {
		boolean tied = tied();
		return ranks.stream().map(group -> String.join("/", group)).collect(Collectors.joining(tied ? " " : ""));
	}

	public boolean tied() {
		return ranks.stream().anyMatch(group -> group.size() > 1);
	}

	private static List<List<ScaleScore>> groups(List<ScaleScore> sorted) {
		List<List<ScaleScore>> groups = new ArrayList<>();
		for (ScaleScore score : sorted) {
			List<ScaleScore> last = groups.isEmpty() ? null : groups.get(groups.size() - 1);
			if (last != null && last.get(0).mean().ties(score.mean())) {
				last.add(score);
			} else {
				groups.add(new ArrayList<>(List.of(score)));
			}
		}
		return groups;
	}

	private static Consistency consistency(List<List<String>> ranks) {
		List<String> first = ranks.get(0);
		if (first.size() == 2) {
			return onHexagon(first.get(0), first.get(1));
		}
		if (first.size() == 1 && ranks.get(1).size() == 1) {
			return onHexagon(first.get(0), ranks.get(1).get(0));
		}
		return Consistency.UNDETERMINED;
	}

	static Consistency onHexagon(String a, String b) {
		int distance = Math.abs(HEXAGON.indexOf(a) - HEXAGON.indexOf(b));
		return switch (Math.min(distance, HEXAGON.size() - distance)) {
			case 1 -> Consistency.HIGH;
			case 2 -> Consistency.MIDDLE;
			default -> Consistency.LOW;
		};
	}

	private static BigDecimal difference(Mean high, Mean low) {
		long numerator = high.sum() * low.count() - low.sum() * high.count();
		long denominator = (long) high.count() * low.count();
		return BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), 2, RoundingMode.HALF_UP);
	}
}
