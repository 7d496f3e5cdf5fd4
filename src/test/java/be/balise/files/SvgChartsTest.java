package be.balise.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class SvgChartsTest {

	@Test
	void drawsOneBarPerValueScaledToTheMaximum() throws Exception {
		Document svg = parse(SvgCharts.horizontalBars("Heures", List.of(
				new SvgCharts.Bar("Moitié", 50, "50 h"),
				new SvgCharts.Bar("Tout", 100, "100 h")), 100));

		assertThat(barWidths(svg)).containsExactly("170.0", "340.0");
		assertThat(svg.getDocumentElement().getAttribute("role")).isEqualTo("img");
		assertThat(svg.getElementsByTagName("title").item(0).getTextContent()).isEqualTo("Heures");
	}

	@Test
	void clampsValuesOutsideTheScale() throws Exception {
		Document svg = parse(SvgCharts.horizontalBars("Heures", List.of(
				new SvgCharts.Bar("Trop", 250, "250 h"),
				new SvgCharts.Bar("Négatif", -3, "-3 h"),
				new SvgCharts.Bar("Inconnu", Double.NaN, "?")), 100));

		assertThat(barWidths(svg)).containsExactly("340.0", "0.0", "0.0");
		assertThat(barWidths(parse(SvgCharts.horizontalBars("Vide", List.of(new SvgCharts.Bar("Zéro", 3, "3")), 0))))
				.containsExactly("0.0");
	}

	@Test
	void escapesEveryTextSoThatNoMarkupGetsThrough() throws Exception {
		String svg = SvgCharts.horizontalBars("<script>alert(1)</script>", List.of(
				new SvgCharts.Bar("\"><script>alert(2)</script> & co", 1, "<b>1</b>")), 1);

		assertThat(svg).doesNotContain("<script", "<b>").contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&amp; co");
		assertThat(parse(svg).getElementsByTagName("text").item(0).getTextContent()).isEqualTo("\"><script>alert(2)</script> & co");
	}

	@Test
	void shortensLongLabelsButKeepsShortOnes() throws Exception {
		Document svg = parse(SvgCharts.horizontalBars("Options", List.of(
				new SvgCharts.Bar("Conseiller·ère en orientation professionnelle et en insertion", 1, "1"),
				new SvgCharts.Bar("Infirmier·ère", 1, "1")), 1));

		NodeList texts = svg.getElementsByTagName("text");
		assertThat(texts.item(0).getTextContent()).hasSize(32).endsWith("…");
		assertThat(texts.item(2).getTextContent()).isEqualTo("Infirmier·ère");
	}

	private static List<String> barWidths(Document svg) {
		NodeList rects = svg.getElementsByTagName("rect");
		return java.util.stream.IntStream.range(0, rects.getLength())
				.mapToObj(i -> (Element) rects.item(i))
				.filter(rect -> rect.getAttribute("fill").equals("#1f5c99"))
				.map(rect -> rect.getAttribute("width"))
				.toList();
	}

	private static Document parse(String svg) throws Exception {
		var factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
	}
}
