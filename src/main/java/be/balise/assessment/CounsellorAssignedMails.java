package be.balise.assessment;

import be.balise.identity.AccountId;
import be.balise.identity.AccountService;
import be.balise.mail.Outbox;
import be.balise.mail.OutgoingMail;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells a counsellor, in their language, that a bilan was assigned to them: a link and nothing else (no name,
 * no content). Written in the assignment's transaction, so that both happen or neither.
 */
@Component
class CounsellorAssignedMails {

	private final Bilans bilans;
	private final Outbox outbox;
	private final AccountService accounts;
	private final MessageSource messages;
	private final String publicUrl;

	CounsellorAssignedMails(Bilans bilans, Outbox outbox, AccountService accounts, MessageSource messages,
			@Value("${balise.identity.public-url:http://localhost:8080}") String publicUrl) {
		this.bilans = bilans;
		this.outbox = outbox;
		this.accounts = accounts;
		this.messages = messages;
		this.publicUrl = publicUrl.replaceAll("/+$", "");
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void on(BilanStateChanged change) {
		if (change.to() != BilanState.FIRST_MEETING || change.from() != BilanState.OPERATOR_CHOSEN) {
			return;
		}
		bilans.summary(change.bilanId()).map(BilanSummary::counsellorId)
				.flatMap(counsellor -> accounts.findById(new AccountId(counsellor)))
				.ifPresent(counsellor -> outbox.enqueue(new OutgoingMail(counsellor.email(),
						messages.getMessage("assessment.mail.assigned.subject", null, counsellor.locale()),
						messages.getMessage("assessment.mail.assigned.body", new Object[] { counsellor.displayName(),
								publicUrl + "/counsellor/bilans/" + change.bilanId() }, counsellor.locale()),
						change.bilanId().value())));
	}
}
