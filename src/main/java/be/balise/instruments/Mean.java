package be.balise.instruments;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A mean kept as its sum and count, so that comparisons and bands are exact (no rounding before a tie or a
 * limit is decided); rounding happens only for display.
 */
public record Mean(long sum, int count) implements Comparable<Mean> {

	public Mean {
		if (count <= 0) {
			throw new IllegalArgumentException("A mean needs at least one value");
		}
	}

	public BigDecimal exact() {
		return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), 10, RoundingMode.HALF_UP);
	}

	/** Two decimals, as shown on pages and in tables. */
	public BigDecimal rounded() {
		return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP);
	}

	public double value() {
		return (double) sum / count;
	}

	@Override
	public int compareTo(Mean other) {
		return Long.compare(sum * other.count, other.sum * count);
	}

	/** Whether this mean is strictly below {@code limit}, decided without rounding. */
	boolean below(BigDecimal limit) {
		return BigDecimal.valueOf(sum).compareTo(limit.multiply(BigDecimal.valueOf(count))) < 0;
	}

	boolean above(BigDecimal limit) {
		return BigDecimal.valueOf(sum).compareTo(limit.multiply(BigDecimal.valueOf(count))) > 0;
	}

	/** Ties are equal means, whatever the counts behind them (4/2 equals 8/4). */
	boolean ties(Mean other) {
		return compareTo(other) == 0;
	}
}
