package be.balise.followup;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import be.balise.assessment.BilanId;
import be.balise.caseload.CaseloadAlert;
import be.balise.caseload.CaseloadAlerts;
import be.balise.identity.AccountId;
import be.balise.identity.AccountService;
import be.balise.identity.CurrentUser;
import be.balise.mail.Outbox;
import be.balise.mail.OutgoingMail;
import be.balise.platform.ClusterLock;
import be.balise.web.PageContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminds the worker and the counsellor of each follow-up interview two weeks and two days before. The job runs
 * every hour on one instance at a time. Each reminder is claimed in {@code follow_up_reminder} (its primary key is
 * the reminder's unique key) in the same transaction as its outbox message: a second run, another instance or a
 * restart finds it claimed and sends nothing, and a reminder whose transaction failed is tried again next hour.
 * The mails say when, never what the interview is about.
 */
@Component
class FollowUpReminders {

	enum Lead {
		TWO_WEEKS(Duration.ofDays(14)), TWO_DAYS(Duration.ofDays(2));

		final Duration before;

		Lead(Duration before) {
			this.before = before;
		}
	}

	enum Recipient { WORKER, COUNSELLOR }

	private static final Logger log = LoggerFactory.getLogger(FollowUpReminders.class);
	private static final String JOB = "followup.reminders";

	private final Interviews interviews;
	private final AccountService accounts;
	private final Outbox outbox;
	private final CaseloadAlerts alerts;
	private final MessageSource messages;
	private final ClusterLock lock;
	private final TransactionTemplate transaction;
	private final Clock clock;
	private final String publicUrl;

	FollowUpReminders(Interviews interviews, AccountService accounts, Outbox outbox, MessageSource messages,
			CaseloadAlerts alerts, ClusterLock lock, PlatformTransactionManager transactions, Clock clock,
			@Value("${balise.identity.public-url:http://localhost:8080}") String publicUrl) {
		this.interviews = interviews;
		this.accounts = accounts;
		this.outbox = outbox;
		this.alerts = alerts;
		this.messages = messages;
		this.lock = lock;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
		this.publicUrl = publicUrl.replaceAll("/+$", "");
	}

	@Scheduled(cron = "0 20 * * * *", zone = "Europe/Brussels")
	void run() {
		lock.runExclusively(JOB, Duration.ofMinutes(30), () -> {
			int sent = sendDue(clock);
			if (sent > 0) {
				log.info("Follow-up: {} reminders queued", sent);
			}
		});
	}

	/**
	 * Queues every reminder due as of {@code clock}'s now: for an interview still to come, the two-week reminder
	 * once we are within two weeks (but not yet within two days), the two-day reminder once within two days.
	 */
	int sendDue(Clock clock) {
		Instant now = clock.instant();
		int queued = 0;
		for (Interviews.Due due : interviews.due(now, now.plus(Lead.TWO_WEEKS.before))) {
			Interviews.Row interview = due.interview();
			Lead lead = interview.plannedAt().isAfter(now.plus(Lead.TWO_DAYS.before)) ? Lead.TWO_WEEKS : Lead.TWO_DAYS;
			for (Recipient recipient : Recipient.values()) {
				try {
					Boolean sent = transaction.execute(status -> {
						if (interviews.reminded(interview.id(), interview.plannedAt(), lead.name(), recipient.name())) {
							return false;
						}
						Optional<CurrentUser> person = recipientOf(due, recipient);
						if (person.isEmpty()) {
							return false;
						}
						UUID outboxId = outbox.enqueue(mail(person.get(), recipient, interview));
						if (!interviews.claimReminder(interview.id(), interview.plannedAt(), lead.name(), recipient.name(), outboxId)) {
							status.setRollbackOnly();
							return false;
						}
						// The counsellor's caseload flags the bilan from the first reminder until the interview is recorded.
						alerts.raise(new BilanId(interview.bilanId()), CaseloadAlert.FOLLOW_UP_DUE);
						return true;
					});
					if (Boolean.TRUE.equals(sent)) {
						queued++;
					}
				} catch (RuntimeException failure) {
					// One reminder that fails must not hold back the others; the next run tries it again.
					log.error("Follow-up reminder for interview {} failed: {}", interview.id(), failure.getClass().getSimpleName());
				}
			}
		}
		return queued;
	}

	private Optional<CurrentUser> recipientOf(Interviews.Due due, Recipient recipient) {
		UUID person = recipient == Recipient.WORKER ? due.workerId() : due.counsellorId();
		return person == null ? Optional.empty() : accounts.findById(new AccountId(person));
	}

	private OutgoingMail mail(CurrentUser person, Recipient recipient, Interviews.Row interview) {
		var locale = person.locale();
		var at = interview.plannedAt().atZone(PageContext.BRUSSELS);
		String date = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale).format(at);
		String time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).format(at);
		String space = recipient == Recipient.WORKER ? "worker" : "counsellor";
		String link = publicUrl + "/" + space + "/bilans/" + interview.bilanId() + "/follow-up";
		String subject = messages.getMessage("followup.reminder.subject", new Object[] { date }, locale);
		String body = messages.getMessage("followup.reminder.body." + space, new Object[] { date, time, link }, locale);
		return new OutgoingMail(person.email(), subject, body, interview.bilanId());
	}
}
