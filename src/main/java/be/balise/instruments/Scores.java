package be.balise.instruments;

import java.util.List;

/** The scores of one set of answers, one per scale of the bank, in the bank's order. */
public record Scores(ItemBank bank, List<ScaleScore> scales) {

	public ScaleScore of(String scaleId) {
		return scales.stream().filter(score -> score.scale().equals(scaleId)).findFirst().orElseThrow();
	}

	public boolean allScored() {
		return scales.stream().allMatch(ScaleScore::scored);
	}
}
