package be.balise.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import gg.jte.Content;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfRendererTest {

	private static final String ACCENTS = "Synthèse — été, élève, coëfficiënt";
	private static final int BAR_COLOUR = 0x1f5c99;

	private final PdfRenderer renderer = new PdfRenderer(TemplateEngine.createPrecompiled(ContentType.Html));

	@Test
	void writesFrenchAndDutchAccentsWithTheEmbeddedFont() throws IOException {
		byte[] pdf = renderer.render(page("<h1>" + PdfRenderer.escape(ACCENTS) + "</h1>" + chart()));

		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(new PDFTextStripper().getText(document)).contains(ACCENTS);
			assertThat(fonts(document)).isNotEmpty()
					.allSatisfy(font -> assertThat(font.getName()).contains("DejaVuSans"))
					.allSatisfy(font -> assertThat(font.isEmbedded()).isTrue());
		}
	}

	@Test
	void drawsTheSvgChart() throws IOException {
		assertThat(barPixels(renderer.render(page("<p>Sans graphique</p>")))).isZero();
		assertThat(barPixels(renderer.render(page("<p>Avec graphique</p>" + chart())))).isGreaterThan(500);
	}

	@Test
	void rendersAJteTemplateInTheDocumentFrameWithUserTextEscaped() throws IOException {
		Content body = output -> output.writeUserContent("Élève & coëfficiënt <b>pas du gras</b>");

		byte[] pdf = renderer.renderTemplate("files/document.jte", Map.of("title", "Synthèse", "lang", "fr", "content", body));

		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(new PDFTextStripper().getText(document)).contains("Élève & coëfficiënt <b>pas du gras</b>");
			assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Synthèse");
		}
	}

	@Test
	void neverLoadsAFileNamedInTheDocument(@TempDir Path directory) throws IOException {
		byte[] png = SampleFiles.image("png");
		Path file = Files.write(directory.resolve("secret.png"), png);

		byte[] local = renderer.render(page("<img src=\"" + file.toUri() + "\" width=\"40\" height=\"40\"/>"));
		byte[] inline = renderer.render(page("<img src=\"data:image/png;base64," + Base64.getEncoder().encodeToString(png)
				+ "\" width=\"40\" height=\"40\"/>"));

		assertThat(images(local)).isZero();
		assertThat(images(inline)).isEqualTo(1);
	}

	private static String page(String body) {
		return "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"fr\"><head><title>Test</title>"
				+ "<style>body { font-family: \"DejaVu Sans\"; }</style></head><body>" + body + "</body></html>";
	}

	private static String chart() {
		return SvgCharts.horizontalBars("Heures par phase", List.of(
				new SvgCharts.Bar("Phase préliminaire", 4, "4 h"),
				new SvgCharts.Bar("Phase d’investigation", 12, "12 h"),
				new SvgCharts.Bar("Phase de conclusion", 6, "6 h")), 12);
	}

	private static List<PDFont> fonts(PDDocument document) throws IOException {
		List<PDFont> fonts = new ArrayList<>();
		PDResources resources = document.getPage(0).getResources();
		for (COSName name : resources.getFontNames()) {
			fonts.add(resources.getFont(name));
		}
		return fonts;
	}

	private static long images(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDResources resources = document.getPage(0).getResources();
			long count = 0;
			for (COSName name : resources.getXObjectNames()) {
				if (resources.getXObject(name) instanceof PDImageXObject) {
					count++;
				}
			}
			return count;
		}
	}

	private static long barPixels(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 72);
			long count = 0;
			for (int y = 0; y < image.getHeight(); y++) {
				for (int x = 0; x < image.getWidth(); x++) {
					if ((image.getRGB(x, y) & 0xFFFFFF) == BAR_COLOUR) {
						count++;
					}
				}
			}
			return count;
		}
	}
}
