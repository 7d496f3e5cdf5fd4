package be.balise.instruments;

import java.util.Optional;

/**
 * The score of one scale: its mean and band, or none when more than 20 % of its items are unanswered (the
 * result then says the scale is not scored rather than guessing).
 */
public record ScaleScore(String scale, int answered, int items, Mean mean, Band band) {

	public boolean scored() {
		return mean != null;
	}

	public Optional<Mean> meanIfScored() {
		return Optional.ofNullable(mean);
	}

	public int missing() {
		return items - answered;
	}
}
