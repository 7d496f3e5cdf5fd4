package be.balise.request;

import java.time.Clock;
import java.util.List;

import be.balise.assessment.AccessMode;
import be.balise.assessment.AssessmentAccess;
import be.balise.assessment.BilanId;
import be.balise.assessment.BilanNotFound;
import be.balise.assessment.BilanPart;
import be.balise.assessment.Journey;
import be.balise.assessment.TransitionRefused;
import be.balise.identity.CurrentUser;
import be.balise.scheme.RuleResult;
import be.balise.scheme.Scheme;
import be.balise.scheme.SchemeId;
import be.balise.scheme.Schemes;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The worker's request and the fund's decision, on top of the journey's moves. */
@Service
@Transactional
public class RequestService {

	public enum DecisionChoice { ACCEPT, REFUSE, ASK }

	private final Requests requests;
	private final Schemes schemes;
	private final Journey journey;
	private final AssessmentAccess access;
	private final Eligibility eligibility;
	private final RuleResults ruleResults;
	private final DecisionMails mails;
	private final Clock clock;
	private final RefusalReasons refusals;
	private final MessageSource messages;

	RequestService(Requests requests, Schemes schemes, Journey journey, AssessmentAccess access, Eligibility eligibility,
			RuleResults ruleResults, DecisionMails mails, Clock clock, RefusalReasons refusals, MessageSource messages) {
		this.refusals = refusals;
		this.messages = messages;
		this.mails = mails;
		this.requests = requests;
		this.eligibility = eligibility;
		this.ruleResults = ruleResults;
		this.schemes = schemes;
		this.journey = journey;
		this.access = access;
		this.clock = clock;
	}

	/** Submits a request once: the same form sent twice (double click, retry) gives the same bilan. */
	public BilanId submit(CurrentUser worker, RequestForm form) {
		var existing = requests.bilanOfSubmission(form.getSubmissionKey());
		if (existing.isPresent()) {
			return new BilanId(existing.get());
		}
		Scheme scheme = schemes.find(new SchemeId(form.getSchemeId())).orElseThrow(BilanNotFound::new);
		BilanId bilan = journey.request(worker, scheme);
		requests.insert(bilan.value(), worker.id().value(), scheme.id().value(), scheme.fundId(), form, clock.instant());
		evaluate(bilan);
		return bilan;
	}

	/** The worker answers the fund's question by correcting the request; it goes back to the fund. */
	public void correct(CurrentUser worker, BilanId bilan, RequestForm form) {
		access.require(worker, bilan, BilanPart.ELIGIBILITY, AccessMode.WRITE);
		journey.provideInformation(worker, bilan);
		requests.correct(bilan.value(), form);
		evaluate(bilan);
	}

	private void evaluate(BilanId bilan) {
		RequestRecord request = requests.find(bilan.value()).orElseThrow(BilanNotFound::new);
		eligibility.evaluate(request, schemes.find(new SchemeId(request.schemeId())).orElseThrow());
	}

	/** The result of each rule, for anyone who may read the request's eligibility data. */
	List<RuleResult> ruleResults(CurrentUser user, BilanId bilan) {
		access.require(user, bilan, BilanPart.ELIGIBILITY, AccessMode.READ);
		return ruleResults.of(bilan.value());
	}

	/** A decision without a reason from the list: a refusal counts as {@link RefusalReason#OTHER}, in the note's words. */
	public void decide(CurrentUser officer, BilanId bilan, DecisionChoice choice, String note) {
		decide(officer, bilan, choice, choice == DecisionChoice.REFUSE ? RefusalReason.OTHER : null, note);
	}

	/**
	 * Decides on a request. A refusal names a reason from the list (and {@link RefusalReason#OTHER} needs the
	 * officer's words); the bilan's history keeps the reason's label in the officer's language and their words.
	 */
	public void decide(CurrentUser officer, BilanId bilan, DecisionChoice choice, RefusalReason reason, String note) {
		switch (choice) {
			case ACCEPT -> journey.accept(officer, bilan);
			case REFUSE -> {
				if (reason == null || (reason == RefusalReason.OTHER && (note == null || note.isBlank()))) {
					throw new TransitionRefused("request.refusal.required");
				}
				String label = messages.getMessage(reason.messageKey(), null, LocaleContextHolder.getLocale());
				journey.refuse(officer, bilan, note == null || note.isBlank() ? label : label + " — " + note.strip());
				refusals.record(bilan.value(), reason);
			}
			case ASK -> journey.askForInformation(officer, bilan, note);
		}
		var decision = switch (choice) {
			case ACCEPT -> RequestRecord.Decision.ACCEPTED;
			case REFUSE -> RequestRecord.Decision.REFUSED;
			case ASK -> RequestRecord.Decision.INFORMATION_REQUESTED;
		};
		requests.decide(bilan.value(), decision, officer.id().value(), note == null || note.isBlank() ? null : note.strip(),
				clock.instant());
		requests.find(bilan.value()).ifPresent(request -> mails.decided(bilan.value(), request.workerId(), decision));
	}

	/** Why the request was refused, for anyone who may read its eligibility data; empty unless refused. */
	java.util.Optional<RefusalReason> refusalReason(CurrentUser user, BilanId bilan) {
		access.require(user, bilan, BilanPart.ELIGIBILITY, AccessMode.READ);
		return refusals.of(bilan.value());
	}

	/** The request's eligibility data, for anyone who may read it. */
	RequestRecord eligibility(CurrentUser user, BilanId bilan) {
		access.require(user, bilan, BilanPart.ELIGIBILITY, AccessMode.READ);
		return requests.find(bilan.value()).orElseThrow(BilanNotFound::new);
	}

	/** The worker's reasons, in their words: only the worker and their counsellor; the read is audited. */
	String reasons(CurrentUser user, BilanId bilan) {
		access.readContent(user, bilan, BilanPart.REQUEST_REASONS, "request.reasons", bilan.value(), "view request");
		return requests.reasons(bilan.value()).orElse("");
	}

}
