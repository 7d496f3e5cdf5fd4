package be.balise.mail;

import java.time.Clock;

import be.balise.platform.ClusterLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The SMTP sender exists only when an SMTP host is configured. It is not a bean of its own, so no module
 * can send mail around the outbox.
 */
@Configuration(proxyBeanMethods = false)
class MailConfiguration {

	private static final Logger log = LoggerFactory.getLogger(MailConfiguration.class);

	private final MailSettings settings;

	MailConfiguration(MailSettings settings) {
		this.settings = settings;
	}

	@Bean
	@ConditionalOnExpression("!'${balise.mail.smtp-host:}'.isBlank()")
	OutboxSender outboxSender(OutboxMessages messages, PlatformTransactionManager transactions, ClusterLock lock,
			Clock clock) {
		return new OutboxSender(messages, transactions, settings.smtpSender(), settings.fromAddress(), lock, clock);
	}

	@EventListener(ApplicationReadyEvent.class)
	void warnWhenMailStaysQueued() {
		if (!settings.smtpConfigured()) {
			log.warn("No SMTP host (BALISE_SMTP_HOST): e-mail stays in the outbox and is not sent");
		}
	}
}
