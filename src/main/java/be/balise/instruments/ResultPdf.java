package be.balise.instruments;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import be.balise.assessment.BilanId;
import be.balise.assessment.BilanNotFound;
import be.balise.files.Downloads;
import be.balise.files.PdfRenderer;
import be.balise.identity.CurrentUser;
import be.balise.web.PageContext;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * A submitted result as PDF: the same chart (SVG), the figures in a table, the band texts, the shared reading and
 * the worker's comment. The read goes through {@link InstrumentService#result}, which checks and audits it.
 */
@Component
class ResultPdf {

	private final InstrumentService instruments;
	private final PdfRenderer pdf;
	private final MessageSource messages;

	ResultPdf(InstrumentService instruments, PdfRenderer pdf, MessageSource messages) {
		this.instruments = instruments;
		this.pdf = pdf;
		this.messages = messages;
	}

	ResponseEntity<byte[]> download(CurrentUser reader, BilanId bilan, UUID assignment, Locale locale) {
		var result = instruments.result(reader, bilan, assignment);
		if (!result.assignment().submitted()) {
			throw new BilanNotFound();
		}
		var ctx = new PageContext(messages, locale, null, reader, "");
		var view = ResultView.of(result, locale, messages.getMessage("instruments.result.chart", null, locale));
		String submitted = messages.getMessage("instruments.pdf.submitted", new Object[] {
				DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)
						.format(result.assignment().submittedAt().atZone(PageContext.BRUSSELS)) }, locale);
		String person = messages.getMessage("instruments.pdf.person", new Object[] { instruments.workerName(reader, bilan) }, locale);
		byte[] body = pdf.renderTemplate("instruments/result-pdf",
				Map.of("ctx", ctx, "view", view, "person", person, "submitted", submitted));
		return Downloads.attachment(result.bank().id() + ".pdf", MediaType.APPLICATION_PDF, body);
	}
}
