package be.balise.casework;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import be.balise.assessment.AccessMode;
import be.balise.assessment.AssessmentAccess;
import be.balise.assessment.BilanId;
import be.balise.assessment.BilanNotFound;
import be.balise.assessment.BilanPart;
import be.balise.assessment.BilanSummary;
import be.balise.identity.AccountId;
import be.balise.identity.AccountService;
import be.balise.identity.CurrentUser;
import be.balise.mail.Outbox;
import be.balise.mail.OutgoingMail;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The message thread between the worker and the counsellor (BilanPart.CASEWORK). Sending one queues, in the same
 * transaction, an e-mail to the other person that says only that a message is waiting, with a link.
 */
@Service
public class MessageService {

	static final String KIND = "casework.message";

	private final Messages messages;
	private final AssessmentAccess access;
	private final AccountService accounts;
	private final Outbox outbox;
	private final MessageSource texts;
	private final Clock clock;
	private final String publicUrl;

	MessageService(Messages messages, AssessmentAccess access, AccountService accounts, Outbox outbox, MessageSource texts,
			Clock clock, @Value("${balise.identity.public-url:http://localhost:8080}") String publicUrl) {
		this.messages = messages;
		this.access = access;
		this.accounts = accounts;
		this.outbox = outbox;
		this.texts = texts;
		this.clock = clock;
		this.publicUrl = publicUrl.replaceAll("/+$", "");
	}

	public BilanSummary requireReadable(CurrentUser user, BilanId bilan) {
		return access.require(user, bilan, BilanPart.CASEWORK, AccessMode.READ);
	}

	/** The whole thread, newest first; the read of the thread is audited once, as one object. */
	public List<Message> read(CurrentUser user, BilanId bilan) {
		access.readContent(user, bilan, BilanPart.CASEWORK, KIND, bilan.value(), "view messages");
		return messages.open(bilan.value());
	}

	@Transactional
	public UUID send(CurrentUser author, BilanId bilan, String text) {
		BilanSummary summary = access.require(author, bilan, BilanPart.CASEWORK, AccessMode.WRITE);
		if (!ObjectiveService.editable(summary)) {
			throw new BilanNotFound();
		}
		String body = text == null ? "" : text.strip();
		if (body.isEmpty() || body.length() > 20_000) {
			throw new IllegalArgumentException("A message is 1 to 20000 characters");
		}
		UUID id = messages.insert(bilan.value(), author.id().value(), body, clock.instant());
		boolean fromWorker = author.id().value().equals(summary.workerId());
		UUID recipient = fromWorker ? summary.counsellorId() : summary.workerId();
		String space = fromWorker ? "/counsellor/bilans/" : "/worker/bilans/";
		accounts.findById(new AccountId(recipient)).ifPresent(person -> outbox.enqueue(new OutgoingMail(person.email(),
				texts.getMessage("casework.mail.message.subject", null, person.locale()),
				texts.getMessage("casework.mail.message.body", new Object[] { publicUrl + space + bilan.value() + "#messages" },
						person.locale()),
				bilan.value())));
		return id;
	}
}
