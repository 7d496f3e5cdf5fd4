package be.balise.contract;

import be.balise.assessment.BilanId;
import be.balise.identity.CurrentUser;
import be.balise.mail.Outbox;
import be.balise.mail.OutgoingMail;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Tells the worker, in their language, that their convention waits for their signature and consent: a link and
 * nothing else (the convention itself stays in Balise). Written in the generation's transaction.
 */
@Component
class ConventionMails {

	private final Outbox outbox;
	private final MessageSource messages;
	private final String publicUrl;

	ConventionMails(Outbox outbox, MessageSource messages,
			@Value("${balise.identity.public-url:http://localhost:8080}") String publicUrl) {
		this.outbox = outbox;
		this.messages = messages;
		this.publicUrl = publicUrl.replaceAll("/+$", "");
	}

	void readyToSign(CurrentUser worker, BilanId bilan) {
		outbox.enqueue(new OutgoingMail(worker.email(),
				messages.getMessage("contract.mail.ready.subject", null, worker.locale()),
				messages.getMessage("contract.mail.ready.body", new Object[] { worker.displayName(),
						publicUrl + "/worker/bilans/" + bilan }, worker.locale()),
				bilan.value()));
	}
}
