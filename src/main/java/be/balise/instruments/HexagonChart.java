package be.balise.instruments;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.web.util.HtmlUtils;

/**
 * The RIASEC hexagon as server-rendered SVG: the six types on the corners of a hexagon in the order R, I, A, S,
 * E, C (neighbours resemble each other, opposites differ most), rings for each answer point, and the worker's
 * profile as a polygon whose corners sit at each type's mean. Presentation attributes only, text escaped, a title
 * for screen readers (the page shows the same figures in a table).
 */
final class HexagonChart {

	static final int SIZE = 360;
	private static final double CENTRE = SIZE / 2.0;
	private static final double RADIUS = 120;

	private HexagonChart() {
	}

	/** One corner: its letter, its name and the mean, or null when the type is not scored. */
	record Corner(String letter, String name, Double mean, String meanText) {
	}

	/** @param corners in the order of {@link HollandProfile#HEXAGON} */
	static String svg(String title, List<Corner> corners, int min, int max) {
		var svg = new StringBuilder()
				.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" class=\"hexagon\" width=\"").append(SIZE)
				.append("\" height=\"").append(SIZE).append("\" viewBox=\"0 0 ").append(SIZE).append(' ').append(SIZE)
				.append("\" font-family=\"DejaVu Sans, sans-serif\" font-size=\"12\">")
				.append("<title>").append(escape(title)).append("</title>");
		for (int ring = min; ring <= max; ring++) {
			double fraction = (double) ring / max;
			svg.append("<polygon points=\"").append(points(corners.size(), i -> fraction))
					.append("\" fill=\"none\" stroke=\"#c9d3e0\" stroke-width=\"1\"/>");
		}
		for (int i = 0; i < corners.size(); i++) {
			double[] end = point(i, corners.size(), 1);
			svg.append("<line x1=\"").append(number(CENTRE)).append("\" y1=\"").append(number(CENTRE)).append("\" x2=\"")
					.append(number(end[0])).append("\" y2=\"").append(number(end[1])).append("\" stroke=\"#c9d3e0\" stroke-width=\"1\"/>");
		}
		svg.append("<polygon points=\"").append(points(corners.size(), i -> fraction(corners.get(i).mean(), max)))
				.append("\" fill=\"#1f5c99\" fill-opacity=\"0.25\" stroke=\"#1f5c99\" stroke-width=\"2\"/>");
		for (int i = 0; i < corners.size(); i++) {
			Corner corner = corners.get(i);
			double[] dot = point(i, corners.size(), fraction(corner.mean(), max));
			if (corner.mean() != null) {
				svg.append("<circle cx=\"").append(number(dot[0])).append("\" cy=\"").append(number(dot[1]))
						.append("\" r=\"4\" fill=\"#1f5c99\"/>");
			}
			double[] label = point(i, corners.size(), 1.22);
			String anchor = Math.abs(label[0] - CENTRE) < 1 ? "middle" : label[0] > CENTRE ? "start" : "end";
			double y = label[1] + (label[1] < CENTRE - 1 ? -4 : label[1] > CENTRE + 1 ? 12 : 4);
			svg.append("<text x=\"").append(number(label[0])).append("\" y=\"").append(number(y)).append("\" text-anchor=\"")
					.append(anchor).append("\" fill=\"#1d2433\"><tspan font-weight=\"bold\">").append(escape(corner.letter()))
					.append("</tspan> ").append(escape(corner.meanText() == null ? "—" : corner.meanText())).append("</text>");
		}
		return svg.append("</svg>").toString();
	}

	private interface Fraction {
		double of(int index);
	}

	private static String points(int count, Fraction fraction) {
		List<String> points = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			double[] p = point(i, count, fraction.of(i));
			points.add(number(p[0]) + "," + number(p[1]));
		}
		return String.join(" ", points);
	}

	/** Corner {@code index} at {@code fraction} of the radius, the first corner at the top, going clockwise. */
	static double[] point(int index, int count, double fraction) {
		double angle = -Math.PI / 2 + 2 * Math.PI * index / count;
		return new double[] { CENTRE + RADIUS * fraction * Math.cos(angle), CENTRE + RADIUS * fraction * Math.sin(angle) };
	}

	private static double fraction(Double mean, int max) {
		if (mean == null || !(max > 0)) {
			return 0;
		}
		return Math.max(0, Math.min(mean, max)) / max;
	}

	private static String number(double value) {
		return String.format(Locale.ROOT, "%.1f", value);
	}

	private static String escape(String text) {
		return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
	}
}
