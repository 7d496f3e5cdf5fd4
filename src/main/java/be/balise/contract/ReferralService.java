package be.balise.contract;

import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

import be.balise.assessment.AccessMode;
import be.balise.assessment.AssessmentAccess;
import be.balise.assessment.BilanId;
import be.balise.assessment.BilanPart;
import be.balise.assessment.BilanState;
import be.balise.assessment.BilanSummary;
import be.balise.assessment.BilanViews;
import be.balise.assessment.HistoryEntry;
import be.balise.assessment.Journey;
import be.balise.assessment.TransitionRefused;
import be.balise.identity.AccountId;
import be.balise.identity.AccountService;
import be.balise.identity.CurrentUser;
import be.balise.mail.Outbox;
import be.balise.mail.OutgoingMail;
import be.balise.reference.Lexicon;
import be.balise.reference.LexiconScheme;
import be.balise.reference.LexiconText;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Referral at the first meeting: the bilan ends as {@code referred}, naming a scheme of the lexicon by its code,
 * with the counsellor's note as the reason; the worker receives that scheme's public description in their
 * language (reference content, not bilan content: the note stays in the bilan).
 */
@Service
@Transactional
class ReferralService {

	/** The bilan itself is in the lexicon; a bilan is not referred to a bilan. */
	static final String BILAN = "BILAN";

	private final Journey journey;
	private final AssessmentAccess access;
	private final BilanViews views;
	private final Lexicon lexicon;
	private final AccountService accounts;
	private final Outbox outbox;
	private final MessageSource messages;
	private final String publicUrl;

	ReferralService(Journey journey, AssessmentAccess access, BilanViews views, Lexicon lexicon, AccountService accounts,
			Outbox outbox, MessageSource messages, @Value("${balise.identity.public-url:http://localhost:8080}") String publicUrl) {
		this.journey = journey;
		this.access = access;
		this.views = views;
		this.lexicon = lexicon;
		this.accounts = accounts;
		this.outbox = outbox;
		this.messages = messages;
		this.publicUrl = publicUrl.replaceAll("/+$", "");
	}

	/** Refers the bilan to the scheme with this code; refused (message key) when the code is not a referral target. */
	void refer(CurrentUser counsellor, BilanId id, String code, String note) {
		BilanSummary bilan = access.require(counsellor, id, BilanPart.FIRST_MEETING, AccessMode.WRITE);
		LexiconScheme scheme = lexicon.find(code).filter(found -> !BILAN.equals(found.code()))
				.orElseThrow(() -> new TransitionRefused("contract.referral.error.scheme"));
		journey.refer(counsellor, id, scheme.code(), note);
		accounts.findById(new AccountId(bilan.workerId())).ifPresent(worker -> {
			Locale locale = worker.locale();
			LexiconText text = scheme.text(locale);
			String link = publicUrl + "/worker/bilans/" + id;
			outbox.enqueue(new OutgoingMail(worker.email(),
					messages.getMessage("contract.referral.mail.subject", new Object[] { text.name() }, locale),
					messages.getMessage("contract.referral.mail.body", new Object[] { worker.displayName(), text.name(),
							PlainText.of(text.description()), PlainText.of(text.contact()), link }, locale),
					id.value()));
		});
	}

	/** The scheme a bilan was referred to, as its worker (or counsellor) may read it; empty if not referred. */
	@Transactional(readOnly = true)
	Optional<LexiconScheme> referredTo(CurrentUser reader, BilanId id, Locale locale) {
		var view = views.view(reader, id, locale);
		if (view.bilan().state() != BilanState.REFERRED) {
			return Optional.empty();
		}
		return view.history().stream().filter(entry -> entry.to() == BilanState.REFERRED && entry.detail() != null)
				.max(Comparator.comparing(HistoryEntry::at)).flatMap(entry -> lexicon.find(entry.detail()));
	}
}
