package be.balise.instruments;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * One instrument as read from its data file: items with their scale, reverse key and source, the answer
 * format, the scoring method and the band texts. Banks are data, never code: see {@code resources/instruments}.
 */
public record ItemBank(String id, int version, Text title, Text instructions, String source, AnswerFormat format,
		Scoring scoring, Bands bands, int pageSize, List<Scale> scales, List<Item> items) {

	/** The mark of an item or bank that Balise wrote itself rather than rendered from a source item. */
	public static final String OUR_OWN = "our own";

	public enum FormatKind {
		/** Each item is answered on a scale from {@code min} to {@code max} with a label per point. */
		LIKERT,
		/** Each card is placed in one column; columns count from {@code min} (least) to {@code max}. */
		CARD_SORT
	}

	/** A scale's score: the mean of its items, or their sum (shown prorated to all items when a few are missing). */
	public enum Scoring {
		MEAN, SUM
	}

	/** How an item is answered; {@code labels} has one label per point, from {@code min} to {@code max}. */
	public record AnswerFormat(FormatKind kind, int min, int max, List<Text> labels) {

		/** What a reverse-keyed answer counts for: {@code 6 - x} on a 1-5 scale. */
		int reversed(int answer) {
			return min + max - answer;
		}

		boolean accepts(int answer) {
			return answer >= min && answer <= max;
		}
	}

	/** Band limits on the scale mean: low strictly below {@code lowBelow}, high strictly above {@code highAbove}. */
	public record Bands(BigDecimal lowBelow, BigDecimal highAbove) {
	}

	public record BandTexts(Text low, Text middle, Text high) {

		public Text of(Band band) {
			return switch (band) {
				case LOW -> low;
				case MIDDLE -> middle;
				case HIGH -> high;
			};
		}
	}

	/** A scale: its name, what it describes (and does not), and a text per band. */
	public record Scale(String id, Text name, Text about, BandTexts bands) {
	}

	/**
	 * One item: a stable id, the scale it counts for, whether it is reverse-keyed, and its source item. An item with
	 * {@code freeText} true is answered in the person's own words: it has no scale and is never scored.
	 */
	public record Item(String id, String scale, boolean reverse, String source, Text text, Boolean freeText) {

		public Item(String id, String scale, boolean reverse, String source, Text text) {
			this(id, scale, reverse, source, text, null);
		}

		/** Whether the item is answered in words rather than on the answer format. */
		public boolean writesText() {
			return Boolean.TRUE.equals(freeText);
		}
	}

	public List<Item> itemsOf(String scaleId) {
		return items.stream().filter(item -> !item.writesText() && scaleId.equals(item.scale())).toList();
	}

	/** The items answered in words, in their order. */
	public List<Item> textItems() {
		return items.stream().filter(Item::writesText).toList();
	}

	public Optional<Item> item(String itemId) {
		return items.stream().filter(item -> item.id().equals(itemId)).findFirst();
	}

	public Scale scale(String scaleId) {
		return scales.stream().filter(scale -> scale.id().equals(scaleId)).findFirst().orElseThrow();
	}

	/** The number of pages the worker goes through, {@code pageSize} items per page. */
	public int pageCount() {
		return (items.size() + pageSize - 1) / pageSize;
	}

	public List<Item> page(int index) {
		int from = index * pageSize;
		return items.subList(from, Math.min(items.size(), from + pageSize));
	}
}
