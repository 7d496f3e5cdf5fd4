package be.balise.instruments;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;

import be.balise.files.SvgCharts;

/** What a result page shows: the chart (SVG), one row per scale for the table, and the Holland profile if any. */
public record ResultView(InstrumentService.Result result, String chart, List<Row> rows) {

	/** One scale: its name, what it describes, its mean (or null when not scored), band text and missing answers. */
	public record Row(String name, String about, String mean, String bandText, int missing) {
	}

	/**
	 * The figure shown for a scored scale: its mean, or for a sum-scored bank the sum prorated to all the scale's items
	 * (mean times items), so that a scale with one answer missing is not shown lower than it is.
	 */
	static BigDecimal value(ItemBank bank, ScaleScore score) {
		if (bank.scoring() == ItemBank.Scoring.SUM) {
			return BigDecimal.valueOf(score.mean().sum() * score.items())
					.divide(BigDecimal.valueOf(score.mean().count()), 2, RoundingMode.HALF_UP);
		}
		return score.mean().rounded();
	}

	static ResultView of(InstrumentService.Result result, Locale locale, String chartTitle) {
		ItemBank bank = result.bank();
		List<SvgCharts.Bar> bars = result.scores().scales().stream().filter(ScaleScore::scored)
				.map(score -> new SvgCharts.Bar(bank.scale(score.scale()).name().in(locale), value(bank, score).doubleValue(),
						value(bank, score).toPlainString()))
				.toList();
		List<Row> rows = result.scores().scales().stream().map(score -> {
			ItemBank.Scale scale = bank.scale(score.scale());
			return new Row(scale.name().in(locale), scale.about().in(locale),
					score.scored() ? value(bank, score).toPlainString() : null,
					score.scored() ? scale.bands().of(score.band()).in(locale) : null, score.missing());
		}).toList();
		return new ResultView(result, chart(result, locale, chartTitle, bars), rows);
	}

	/** RIASEC is drawn on its hexagon; every other instrument as bars on the range of its answers (no norms). */
	private static String chart(InstrumentService.Result result, Locale locale, String chartTitle, List<SvgCharts.Bar> bars) {
		ItemBank bank = result.bank();
		if (!bank.id().equals(InstrumentService.RIASEC)) {
			double max = bank.scoring() == ItemBank.Scoring.SUM
					? bank.scales().stream().mapToInt(scale -> bank.itemsOf(scale.id()).size()).max().orElse(1) * bank.format().max()
					: bank.format().max();
			return SvgCharts.horizontalBars(chartTitle, bars, max);
		}
		List<HexagonChart.Corner> corners = HollandProfile.HEXAGON.stream().map(letter -> {
			ScaleScore score = result.scores().of(letter);
			return new HexagonChart.Corner(letter, bank.scale(letter).name().in(locale),
					score.scored() ? score.mean().value() : null, score.scored() ? score.mean().rounded().toPlainString() : null);
		}).toList();
		return HexagonChart.svg(chartTitle, corners, bank.format().min(), bank.format().max());
	}
}
