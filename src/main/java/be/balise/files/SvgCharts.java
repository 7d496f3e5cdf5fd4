package be.balise.files;

import java.util.List;
import java.util.Locale;

import org.springframework.web.util.HtmlUtils;

/**
 * Server-rendered SVG charts for pages and PDFs: presentation attributes only (no style attributes, no
 * script), all text escaped, a title for screen readers. Pages show the same figures in a table as well.
 */
public final class SvgCharts {

	private static final int WIDTH = 640;
	private static final int LABEL_WIDTH = 200;
	private static final int TRACK_X = 210;
	private static final int TRACK_WIDTH = 340;
	private static final int ROW = 28;
	private static final int BAR = 16;
	private static final int MAX_LABEL = 32;

	private SvgCharts() {
	}

	/** One bar: what it measures, its value, and the text shown after it (such as "12 h" or "75 %"). */
	public record Bar(String label, double value, String valueText) {
	}

	/** A horizontal bar chart where {@code max} fills the track; values outside 0..max are clamped. */
	public static String horizontalBars(String title, List<Bar> bars, double max) {
		int height = bars.size() * ROW + 8;
		var svg = new StringBuilder()
				.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"").append(WIDTH)
				.append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
				.append("\" font-family=\"DejaVu Sans, sans-serif\" font-size=\"12\">")
				.append("<title>").append(escape(title)).append("</title>");
		for (int i = 0; i < bars.size(); i++) {
			Bar bar = bars.get(i);
			int top = 4 + i * ROW;
			double length = TRACK_WIDTH * fraction(bar.value(), max);
			int textY = top + ROW / 2 + 4;
			svg.append("<text x=\"").append(LABEL_WIDTH).append("\" y=\"").append(textY)
					.append("\" text-anchor=\"end\" fill=\"#1d2433\">").append(escape(shorten(bar.label()))).append("</text>")
					.append("<rect x=\"").append(TRACK_X).append("\" y=\"").append(top + (ROW - BAR) / 2).append("\" width=\"")
					.append(TRACK_WIDTH).append("\" height=\"").append(BAR).append("\" fill=\"#e6eef7\"/>")
					.append("<rect x=\"").append(TRACK_X).append("\" y=\"").append(top + (ROW - BAR) / 2).append("\" width=\"")
					.append(number(length)).append("\" height=\"").append(BAR).append("\" fill=\"#1f5c99\"/>")
					.append("<text x=\"").append(number(TRACK_X + length + 6)).append("\" y=\"").append(textY)
					.append("\" fill=\"#1d2433\">").append(escape(bar.valueText())).append("</text>");
		}
		return svg.append("</svg>").toString();
	}

	private static double fraction(double value, double max) {
		if (!(max > 0) || !(value > 0)) {
			return 0;
		}
		return Math.min(value, max) / max;
	}

	private static String shorten(String label) {
		String text = label == null ? "" : label.strip();
		return text.codePointCount(0, text.length()) <= MAX_LABEL ? text
				: text.substring(0, text.offsetByCodePoints(0, MAX_LABEL - 1)) + "…";
	}

	private static String number(double value) {
		return String.format(Locale.ROOT, "%.1f", value);
	}

	private static String escape(String text) {
		return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
	}
}
