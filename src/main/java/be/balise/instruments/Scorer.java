package be.balise.instruments;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Scores answers against a bank: reverse-keyed items count {@code min + max - x} (6 - x on 1-5), a scale is
 * the mean of its answered items, and a scale with more than 20 % of its items unanswered is not scored.
 */
public final class Scorer {

	private Scorer() {
	}

	/**
	 * @param answers item id to the chosen point; items not in the map are unanswered
	 * @throws IllegalArgumentException for an unknown item or a point outside the answer format
	 */
	public static Scores score(ItemBank bank, Map<String, Integer> answers) {
		answers.forEach((itemId, answer) -> check(bank, itemId, answer));
		List<ScaleScore> scores = new ArrayList<>();
		for (ItemBank.Scale scale : bank.scales()) {
			scores.add(scoreScale(bank, scale, answers));
		}
		return new Scores(bank, List.copyOf(scores));
	}

	private static ScaleScore scoreScale(ItemBank bank, ItemBank.Scale scale, Map<String, Integer> answers) {
		List<ItemBank.Item> items = bank.itemsOf(scale.id());
		long sum = 0;
		int answered = 0;
		for (ItemBank.Item item : items) {
			Integer answer = answers.get(item.id());
			if (answer != null) {
				sum += item.reverse() ? bank.format().reversed(answer) : answer;
				answered++;
			}
		}
		int missing = items.size() - answered;
		// "More than 20 %" missing, decided in integers: missing / items > 1 / 5.
		if (answered == 0 || missing * 5 > items.size()) {
			return new ScaleScore(scale.id(), answered, items.size(), null, null);
		}
		Mean mean = new Mean(sum, answered);
		return new ScaleScore(scale.id(), answered, items.size(), mean, band(bank.bands(), mean));
	}

	static Band band(ItemBank.Bands bands, Mean mean) {
		if (mean.below(bands.lowBelow())) {
			return Band.LOW;
		}
		return mean.above(bands.highAbove()) ? Band.HIGH : Band.MIDDLE;
	}

	private static void check(ItemBank bank, String itemId, Integer answer) {
		if (bank.item(itemId).isEmpty()) {
			throw new IllegalArgumentException("No such item in " + bank.id() + ": " + itemId);
		}
		if (answer == null || !bank.format().accepts(answer)) {
			throw new IllegalArgumentException("Answer out of range for " + itemId);
		}
	}
}
