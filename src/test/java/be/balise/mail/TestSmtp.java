package be.balise.mail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/** A real SMTP server (GreenMail) on a port of its own, which a test can stop and start. */
final class TestSmtp implements AutoCloseable {

	private final int port = freePort();
	private GreenMail server;

	int port() {
		return port;
	}

	TestSmtp start() {
		server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		server.start();
		return this;
	}

	/** The messages this server received for {@code recipient}, in the order they arrived. */
	List<MimeMessage> receivedBy(String recipient) {
		return Arrays.stream(server.getReceivedMessages()).filter(message -> isFor(message, recipient)).toList();
	}

	@Override
	public void close() {
		if (server != null) {
			server.stop();
		}
	}

	private static boolean isFor(MimeMessage message, String recipient) {
		try {
			Address[] to = message.getRecipients(RecipientType.TO);
			return to != null && Arrays.stream(to).anyMatch(address -> address.toString().equals(recipient));
		} catch (MessagingException e) {
			throw new IllegalStateException(e);
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
