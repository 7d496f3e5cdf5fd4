package be.balise.scheme;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** A selection covers its first and last day, and runs on without an end. */
class OperatorSelectionTest {

	static final LocalDate DAY = LocalDate.of(2026, 11, 26);

	@Test
	void aSelectionCoversTheDaysOfItsPeriodOnly() {
		var closed = new OperatorSelections.Selection(UUID.randomUUID(), UUID.randomUUID(), DAY, DAY.plusDays(30));
		assertThat(closed.covers(DAY)).isTrue();
		assertThat(closed.covers(DAY.plusDays(30))).isTrue();
		assertThat(closed.covers(DAY.minusDays(1))).isFalse();
		assertThat(closed.covers(DAY.plusDays(31))).isFalse();
		var open = new OperatorSelections.Selection(UUID.randomUUID(), UUID.randomUUID(), DAY, null);
		assertThat(open.covers(DAY.plusYears(10))).isTrue();
		assertThat(open.covers(DAY.minusDays(1))).isFalse();
	}
}
