package be.balise.mail;

import java.util.Properties;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.util.StringUtils;

/**
 * Outgoing mail settings, from {@code BALISE_SMTP_*} and {@code BALISE_MAIL_FROM}. Without an SMTP host
 * nothing is sent: messages wait in the outbox (and show in the demo mailbox).
 * {@code messageIdDomain} defaults to the domain of the sender's address.
 */
@ConfigurationProperties("balise.mail")
record MailSettings(String smtpHost, int smtpPort, String smtpUser, String smtpPassword, String from,
		String messageIdDomain) {

	private static final String DEFAULT_FROM = "Balise <no-reply@balise.local>";
	private static final String TIMEOUT_MILLIS = "30000";

	MailSettings {
		smtpPort = smtpPort <= 0 ? 587 : smtpPort;
		from = StringUtils.hasText(from) ? from.strip() : DEFAULT_FROM;
		if (!StringUtils.hasText(messageIdDomain)) {
			String address = parse(from).getAddress();
			messageIdDomain = address.substring(address.indexOf('@') + 1);
		}
	}

	boolean smtpConfigured() {
		return StringUtils.hasText(smtpHost);
	}

	InternetAddress fromAddress() {
		return parse(from);
	}

	/** A sender for the configured server; STARTTLS is used whenever the server offers it. */
	JavaMailSenderImpl smtpSender() {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost(smtpHost);
		sender.setPort(smtpPort);
		sender.setDefaultEncoding("UTF-8");
		Properties properties = sender.getJavaMailProperties();
		if (StringUtils.hasText(smtpUser)) {
			sender.setUsername(smtpUser);
			sender.setPassword(smtpPassword);
			properties.setProperty("mail.smtp.auth", "true");
		}
		properties.setProperty("mail.smtp.starttls.enable", "true");
		// Bounded waits: the sender holds a database row lock while it talks to the server.
		properties.setProperty("mail.smtp.connectiontimeout", TIMEOUT_MILLIS);
		properties.setProperty("mail.smtp.timeout", TIMEOUT_MILLIS);
		properties.setProperty("mail.smtp.writetimeout", TIMEOUT_MILLIS);
		return sender;
	}

	/** Never prints the password. */
	@Override
	public String toString() {
		return "MailSettings[smtpHost=" + smtpHost + ", smtpPort=" + smtpPort + ", smtpUser=" + smtpUser + ", from=" + from
				+ ", messageIdDomain=" + messageIdDomain + "]";
	}

	private static InternetAddress parse(String address) {
		try {
			return new InternetAddress(address, true);
		} catch (AddressException e) {
			throw new IllegalArgumentException("BALISE_MAIL_FROM is not a valid address: " + address, e);
		}
	}
}
