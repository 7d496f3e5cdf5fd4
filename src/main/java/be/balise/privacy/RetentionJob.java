package be.balise.privacy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import be.balise.assessment.BilanLists;
import be.balise.assessment.BilanSummary;
import be.balise.assessment.ContentRegistry;
import be.balise.crypto.ContentCipher;
import be.balise.crypto.KeyScope;
import be.balise.files.FileStore;
import be.balise.followup.RetentionExtensions;
import be.balise.identity.AccountId;
import be.balise.identity.AccountService;
import be.balise.mail.Outbox;
import be.balise.mail.OutgoingMail;
import be.balise.platform.ClusterLock;
import be.balise.scheme.Scheme;
import be.balise.scheme.SchemeId;
import be.balise.scheme.Schemes;
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
 * Applies each scheme's retention period (SECURITY.md D7), counted from the moment a bilan reached a final state.
 * Thirty days before the end the worker is told by e-mail (no content, a link to download everything); at the end
 * every registered kind of content, the bilan's files and finally its data key are destroyed in one transaction.
 * The administration (state, dates, history without reasons) stays. Content is never destroyed less than thirty
 * days after the worker was told, even when the job ran late or the period is shorter than the notice.
 */
@Component
class RetentionJob {

	static final Duration NOTICE = Duration.ofDays(30);

	private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);
	private static final String JOB = "privacy.retention";
	private static final Duration MAX_HOLD = Duration.ofHours(2);
	private static final int BATCH = 200;
	/** Months have uneven lengths: the query looks a few days further and each bilan's end is computed exactly. */
	private static final Duration MONTH_SLACK = Duration.ofDays(4);

	private final BilanLists bilans;
	private final Schemes schemes;
	private final Retentions retentions;
	private final RetentionExtensions extensions;
	private final ContentRegistry registry;
	private final FileStore files;
	private final ContentCipher cipher;
	private final Outbox outbox;
	private final AccountService accounts;
	private final MessageSource messages;
	private final ClusterLock lock;
	private final TransactionTemplate transaction;
	private final Clock clock;
	private final String publicUrl;

	RetentionJob(BilanLists bilans, Schemes schemes, Retentions retentions, RetentionExtensions extensions,
			ContentRegistry registry, FileStore files,
			ContentCipher cipher, Outbox outbox, AccountService accounts, MessageSource messages, ClusterLock lock,
			PlatformTransactionManager transactions, Clock clock,
			@Value("${balise.identity.public-url:http://localhost:8080}") String publicUrl) {
		this.bilans = bilans;
		this.schemes = schemes;
		this.retentions = retentions;
		this.extensions = extensions;
		this.registry = registry;
		this.files = files;
		this.cipher = cipher;
		this.outbox = outbox;
		this.accounts = accounts;
		this.messages = messages;
		this.lock = lock;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
		this.publicUrl = publicUrl.replaceAll("/+$", "");
	}

	/** Once a night, on one instance. */
	@Scheduled(cron = "${balise.privacy.retention-cron:0 30 3 * * *}", zone = "Europe/Brussels")
	void applyEveryNight() {
		lock.runExclusively(JOB, MAX_HOLD, () -> {
			RetentionRun run = apply(clock);
			log.info("Retention: {} workers told, {} bilans destroyed", run.warned(), run.destroyed());
		});
	}

	/** Applies every scheme's retention as of {@code clock}'s now. */
	RetentionRun apply(Clock clock) {
		return bilans.schemesWithEndedBilans().stream()
				.flatMap(id -> schemes.find(new SchemeId(id)).stream())
				.map(scheme -> apply(scheme, clock))
				.reduce(new RetentionRun(0, 0), RetentionRun::plus);
	}

	/** Applies one scheme's retention as of {@code clock}'s now (tests pass a fixed clock and their own scheme). */
	RetentionRun apply(Scheme scheme, Clock clock) {
		Instant now = clock.instant();
		Instant endedBy = now.plus(NOTICE).plus(MONTH_SLACK).atZone(ZoneOffset.UTC)
				.minusMonths(scheme.retentionMonths()).toInstant();
		RetentionRun run = new RetentionRun(0, 0);
		List<BilanSummary> page = bilans.endedBy(scheme.id().value(), endedBy, null, BATCH);
		while (!page.isEmpty()) {
			List<UUID> ids = page.stream().map(bilan -> bilan.id().value()).toList();
			Map<UUID, Retentions.Retention> done = retentions.of(ids);
			Map<UUID, Integer> extended = extensions.monthsFor(ids);
			for (BilanSummary bilan : page) {
				run = run.plus(applyTo(bilan, scheme, done.get(bilan.id().value()), extended.getOrDefault(bilan.id().value(), 0), now));
			}
			page = page.size() < BATCH ? List.of() : bilans.endedBy(scheme.id().value(), endedBy, page.get(page.size() - 1), BATCH);
		}
		return run;
	}

	/**
	 * {@code extensionMonths}: the months the worker agreed to keep the content longer (followup module, at most the
	 * scheme's extension), added to the scheme's period. A notice sent before the worker agreed announced the
	 * earlier date: it does not count, and the worker is told again thirty days before the new end.
	 */
	private RetentionRun applyTo(BilanSummary bilan, Scheme scheme, Retentions.Retention done, int extensionMonths, Instant now) {
		if (done != null && done.destroyedAt() != null) {
			return new RetentionRun(0, 0);
		}
		int months = scheme.retentionMonths() + Math.min(Math.max(extensionMonths, 0), scheme.extensionMonths());
		Instant end = bilan.finalAt().atZone(ZoneOffset.UTC).plusMonths(months).toInstant();
		Instant warnedAt = done == null || done.warnedAt() == null || done.warnedAt().isBefore(end.minus(NOTICE)) ? null
				: done.warnedAt();
		try {
			if (warnedAt == null && !now.isBefore(end.minus(NOTICE))) {
				transaction.executeWithoutResult(status -> warn(bilan, end.isAfter(now.plus(NOTICE)) ? end : now.plus(NOTICE), now));
				return new RetentionRun(1, 0);
			}
			if (warnedAt != null && !now.isBefore(end) && !now.isBefore(warnedAt.plus(NOTICE))) {
				transaction.executeWithoutResult(status -> destroy(bilan, now));
				return new RetentionRun(0, 1);
			}
		} catch (RuntimeException failure) {
			// One bilan that cannot be handled must not stop the others; the next run tries it again.
			log.error("Retention of bilan {} failed: {}", bilan.id(), failure.getClass().getSimpleName());
		}
		return new RetentionRun(0, 0);
	}

	/** Tells the worker when the content goes; the message is tied to the bilan, so it goes with it. */
	private void warn(BilanSummary bilan, Instant destroyedOn, Instant now) {
		accounts.findById(new AccountId(bilan.workerId())).ifPresent(worker -> {
			var locale = worker.locale();
			String date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)
					.withZone(PageContext.BRUSSELS).format(destroyedOn);
			outbox.enqueue(new OutgoingMail(worker.email(),
					messages.getMessage("privacy.retention.mail.subject", new Object[] { date }, locale),
					messages.getMessage("privacy.retention.mail.body", new Object[] { date, publicUrl + "/worker/export" }, locale),
					bilan.id().value()));
		});
		retentions.markWarned(bilan.id().value(), now);
	}

	/** Content, files, then the key: once the key is gone, any copy left behind (a backup) is unreadable. */
	private void destroy(BilanSummary bilan, Instant now) {
		KeyScope scope = KeyScope.bilan(bilan.id().value());
		registry.destroy(bilan.id());
		files.deleteAll(scope);
		cipher.destroyKey(scope);
		retentions.markDestroyed(bilan.id().value(), now);
		log.info("Retention: the content of bilan {} was destroyed", bilan.id());
	}
}
