package be.balise.files;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.Map;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgExternalResourceMode;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgScriptMode;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;
import org.springframework.web.util.HtmlUtils;

/**
 * HTML to PDF with openhtmltopdf. The input must be well-formed XHTML. DejaVu Sans (which covers French and
 * Dutch accents) is embedded; inline SVG is drawn; nothing outside the document is ever loaded (no files,
 * no network, no SVG scripts), so user text that slipped into markup cannot reach the server.
 */
@Service
public class PdfRenderer {

	/** The embedded font family; {@code files/document.jte} uses it, other XHTML should name it too. */
	public static final String FONT_FAMILY = "DejaVu Sans";

	private final TemplateEngine templates;
	private final byte[] regular = font("fonts/DejaVuSans.ttf");
	private final byte[] bold = font("fonts/DejaVuSans-Bold.ttf");

	PdfRenderer(TemplateEngine templates) {
		this.templates = templates;
	}

	/** Renders well-formed XHTML to PDF. */
	public byte[] render(String xhtml) {
		var output = new ByteArrayOutputStream();
		var builder = new PdfRendererBuilder()
				.useFont(() -> new ByteArrayInputStream(regular), FONT_FAMILY, 400, FontStyle.NORMAL, true, fontUses())
				.useFont(() -> new ByteArrayInputStream(bold), FONT_FAMILY, 700, FontStyle.NORMAL, true, fontUses())
				.useSVGDrawer(new BatikSVGDrawer(SvgScriptMode.SECURE, SvgExternalResourceMode.SECURE))
				.useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:"),
						ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
				.useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:"),
						ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
				.withHtmlContent(xhtml, null)
				.toStream(output);
		try {
			builder.run();
		} catch (IOException e) {
			throw new UncheckedIOException("PDF rendering failed", e);
		}
		return output.toByteArray();
	}

	/** Renders a jte template that writes XHTML (usually wrapped in {@code files/document.jte}) to PDF. */
	public byte[] renderTemplate(String template, Map<String, Object> params) {
		var xhtml = new StringOutput();
		templates.render(template, params, xhtml);
		return render(xhtml.toString());
	}

	/** Escapes text for XHTML without named entities (such as {@code &eacute;}), which the PDF parser refuses. */
	public static String escape(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

	private static EnumSet<FSFontUseCase> fontUses() {
		return EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.SVG, FSFontUseCase.FALLBACK_PRE);
	}

	private static byte[] font(String path) {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return in.readAllBytes();
		} catch (IOException e) {
			throw new UncheckedIOException("The embedded font " + path + " is missing from the application", e);
		}
	}
}
