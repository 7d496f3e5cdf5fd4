package be.balise.synthesis;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import be.balise.files.PdfRenderer;
import be.balise.identity.AccountId;
import be.balise.identity.AccountService;
import be.balise.identity.CurrentUser;
import be.balise.scheme.SchemeId;
import be.balise.scheme.Schemes;
import be.balise.web.PageContext;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Builds the final synthesis in the worker's language, as a page model or as a typeset PDF. */
@Component
class SynthesisPdf {

	private final PdfRenderer pdf;
	private final AccountService accounts;
	private final Schemes schemes;
	private final MessageSource messages;

	SynthesisPdf(PdfRenderer pdf, AccountService accounts, Schemes schemes, MessageSource messages) {
		this.pdf = pdf;
		this.accounts = accounts;
		this.schemes = schemes;
		this.messages = messages;
	}

	Document document(Revision revision, List<ActionItem> live, UUID workerId, UUID counsellorId, UUID schemeId) {
		Locale locale = accounts.findById(new AccountId(workerId)).map(CurrentUser::locale).orElse(Locale.FRENCH);
		Map<UUID, String> names = accounts.displayNames(counsellorId == null ? List.of(workerId) : List.of(workerId, counsellorId));
		String scheme = schemes.find(new SchemeId(schemeId)).map(found -> found.name(locale)).orElse("");
		Instant validated = later(revision.counsellorValidatedAt(), revision.workerValidatedAt());
		String on = validated == null ? ""
				: DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(validated.atZone(PageContext.BRUSSELS));
		List<UUID> inRevision = revision.actions().stream().map(Revision.SnapshotAction::id).toList();
		Map<UUID, ActionItem> byId = live.stream().collect(java.util.stream.Collectors.toMap(ActionItem::id, item -> item));
		List<ActionItem> actions = revision.actions().stream().map(action -> {
			ActionItem current = byId.get(action.id());
			return new ActionItem(action.id(), action.priority(), action.project(), action.description(), action.firstStep(),
					action.targetDate() == null ? null : java.time.LocalDate.parse(action.targetDate()), action.resources(),
					action.contacts(), current == null ? ActionStatus.PLANNED : current.status(), 0);
		}).filter(action -> inRevision.contains(action.id())).toList();
		return new Document(locale, names.getOrDefault(workerId, ""), counsellorId == null ? "" : names.getOrDefault(counsellorId, ""),
				scheme, on, Document.parts(revision), actions, messages);
	}

	byte[] render(Document document) {
		return pdf.renderTemplate("synthesis/pdf.jte", Map.of("doc", document));
	}

	String fileName(Document document) {
		return document.t("synthesis.pdf.fileName") + ".pdf";
	}

	private static Instant later(Instant a, Instant b) {
		if (a == null) {
			return b;
		}
		return b == null || a.isAfter(b) ? a : b;
	}
}
