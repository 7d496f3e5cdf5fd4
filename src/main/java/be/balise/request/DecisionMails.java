package be.balise.request;

import java.util.UUID;

import be.balise.identity.AccountId;
import be.balise.identity.AccountService;
import be.balise.mail.Outbox;
import be.balise.mail.OutgoingMail;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Tells the worker that the fund decided, in their language, in the decision's transaction. The message says
 * which decision and links to the bilan; the fund's reason or question is read there, after signing in.
 */
@Component
class DecisionMails {

	private final Outbox outbox;
	private final AccountService accounts;
	private final MessageSource messages;
	private final String publicUrl;

	DecisionMails(Outbox outbox, AccountService accounts, MessageSource messages,
			@Value("${balise.identity.public-url:http://localhost:8080}") String publicUrl) {
		this.outbox = outbox;
		this.accounts = accounts;
		this.messages = messages;
		this.publicUrl = publicUrl.replaceAll("/+$", "");
	}

	void decided(UUID bilanId, UUID workerId, RequestRecord.Decision decision) {
		accounts.findById(new AccountId(workerId)).ifPresent(worker -> {
			String key = "request.mail." + decision.name();
			String link = publicUrl + "/worker/bilans/" + bilanId;
			outbox.enqueue(new OutgoingMail(worker.email(), messages.getMessage(key + ".subject", null, worker.locale()),
					messages.getMessage(key + ".body", new Object[] { worker.displayName(), link }, worker.locale()), bilanId));
		});
	}
}
