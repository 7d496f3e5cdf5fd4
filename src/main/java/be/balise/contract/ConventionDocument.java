package be.balise.contract;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import be.balise.files.PdfRenderer;
import be.balise.scheme.ConventionParty;
import be.balise.scheme.RuleType;
import be.balise.scheme.Scheme;
import be.balise.scheme.SchemeRule;
import be.balise.web.PageContext;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes the convention from the scheme's template (texts of the {@code contract.convention.*} messages in the
 * worker's language) with the bilan's frame only, and the signature page appended to make the signed copy.
 * Nothing the worker or the counsellor wrote about the person goes in.
 */
@Component
class ConventionDocument {

	/** The template the text follows; kept with each convention. */
	static final String TEMPLATE = "convention-1";

	/** What the convention states; names are of the parties, never content of the bilan. */
	record Frame(Scheme scheme, Map<ConventionParty, String> partyNames, BigDecimal plannedHours, int rhythmWeeks,
			MeetingModality modality, List<SchemeRule> rules, Instant generatedAt) {
	}

	private final PdfRenderer pdf;
	private final MessageSource messages;

	ConventionDocument(PdfRenderer pdf, MessageSource messages) {
		this.pdf = pdf;
		this.messages = messages;
	}

	byte[] render(Frame frame, Locale locale) {
		Scheme scheme = frame.scheme();
		List<List<String>> sections = new ArrayList<>();
		List<String> parties = new ArrayList<>();
		parties.add(t(locale, "contract.convention.parties"));
		frame.partyNames().forEach((party, name) -> parties.add(t(locale, "contract.party." + party.name().toLowerCase(Locale.ROOT))
				+ " : " + name));
		sections.add(parties);
		sections.add(List.of(t(locale, "contract.convention.aim"), t(locale, "contract.convention.aimText")));
		sections.add(List.of(t(locale, "contract.convention.methods"), t(locale, "contract.convention.methodsText")));
		sections.add(List.of(t(locale, "contract.convention.frame"),
				t(locale, "contract.convention.hours", frame.plannedHours().stripTrailingZeros().toPlainString()),
				t(locale, "contract.convention.rhythm", frame.rhythmWeeks()),
				t(locale, "contract.convention.modality", t(locale, frame.modality().messageKey()))));
		sections.add(List.of(t(locale, "contract.convention.results"), t(locale, "contract.convention.resultsText")));
		sections.add(List.of(t(locale, "contract.convention.retention"),
				t(locale, "contract.convention.retentionText", scheme.retentionMonths())));
		sections.add(List.of(t(locale, "contract.convention.payment"), payment(frame.rules(), locale)));
		List<String> signing = new ArrayList<>();
		signing.add(t(locale, "contract.convention.signing"));
		signing.add(t(locale, "contract.convention.signingText"));
		if (scheme.signingDeadlineDays() != null) {
			signing.add(t(locale, "contract.convention.deadline", scheme.signingDeadlineDays()));
		}
		if (frame.partyNames().containsKey(ConventionParty.EMPLOYER)) {
			signing.add(t(locale, "contract.convention.paper"));
		}
		sections.add(signing);
		String date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)
				.format(frame.generatedAt().atZone(PageContext.BRUSSELS));
		return pdf.renderTemplate("contract/convention-pdf.jte", Map.of(
				"lang", locale.getLanguage(),
				"title", t(locale, "contract.convention.title"),
				"subtitle", t(locale, "contract.convention.subtitle", scheme.name(locale), scheme.version()),
				"sections", sections,
				"footer", t(locale, "contract.convention.footer", date, TEMPLATE)));
	}

	/** How the convention names a party that signs on paper. */
	String employerLabel(Locale locale) {
		return t(locale, "contract.convention.employerLabel");
	}

	private String payment(List<SchemeRule> rules, Locale locale) {
		return rules.stream().filter(rule -> rule.type() == RuleType.FUND_PAYS).findFirst().map(rule -> {
			String basis = rule.params().path("basis").asString("PER_BILAN");
			String amount = rule.params().path("amountEur").asString("");
			return t(locale, "PER_HOUR".equals(basis) ? "contract.convention.paysPerHour" : "contract.convention.paysPerBilan",
					amount);
		}).orElseGet(() -> t(locale, "contract.convention.paysNothingStated"));
	}

	/** The document with a page listing every signature (names, roles, times and the hash signed). */
	byte[] signedCopy(byte[] document, String sha256, List<Conventions.Signature> signatures, Locale locale) {
		var format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale).withZone(PageContext.BRUSSELS);
		var dateFormat = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
		List<List<String>> rows = signatures.stream().map(s -> List.of(
				t(locale, "contract.party." + s.party().name().toLowerCase(Locale.ROOT)),
				s.signerName(),
				t(locale, "contract.signerRole." + s.signerRole().toLowerCase(Locale.ROOT)),
				s.signedOn() == null ? format.format(s.signedAt())
						: t(locale, "contract.signature.onPaper", dateFormat.format(s.signedOn()), format.format(s.signedAt())),
				s.sha256())).toList();
		byte[] page = pdf.renderTemplate("contract/signature-page.jte", Map.of(
				"lang", locale.getLanguage(),
				"title", t(locale, "contract.signature.title"),
				"intro", t(locale, "contract.signature.intro"),
				"headings", List.of(t(locale, "contract.signature.party"), t(locale, "contract.signature.name"),
						t(locale, "contract.signature.role"), t(locale, "contract.signature.time"),
						t(locale, "contract.signature.hash")),
				"rows", rows,
				"hashLine", t(locale, "contract.signature.document", sha256)));
		return append(document, page);
	}

	private static byte[] append(byte[] document, byte[] page) {
		try (PDDocument target = Loader.loadPDF(document); PDDocument source = Loader.loadPDF(page)) {
			new PDFMergerUtility().appendDocument(target, source);
			var out = new ByteArrayOutputStream();
			target.save(out);
			return out.toByteArray();
		} catch (IOException e) {
			throw new UncheckedIOException("The signed copy could not be assembled", e);
		}
	}

	private String t(Locale locale, String key, Object... args) {
		return messages.getMessage(key, args, locale);
	}
}
