package be.balise.demo;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import be.balise.mail.Attachment;
import be.balise.mail.DemoMailbox;
import be.balise.mail.QueuedMail;
import org.springframework.context.annotation.Profile;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The demo mailbox: every message of the outbox, so that someone trying the demo can open the invitation
 * or reset link sent to an address they made up. It exists in the {@code demo} profile only.
 */
@Controller
@Profile("demo")
class DemoMailboxController {

	private final DemoMailbox mailbox;

	DemoMailboxController(DemoMailbox mailbox) {
		this.mailbox = mailbox;
	}

	@GetMapping("/demo/mailbox")
	String list(Model model) {
		model.addAttribute("mails", mailbox.latest());
		return "demo/mailbox";
	}

	@GetMapping("/demo/mailbox/{id}")
	String show(@PathVariable UUID id, Model model) {
		QueuedMail mail = mailbox.find(id).orElseThrow(DemoMailboxController::notFound);
		model.addAttribute("mail", mail);
		model.addAttribute("text", MailText.of(mail.body()));
		return "demo/mailbox-message";
	}

	@GetMapping("/demo/mailbox/{id}/attachments/{position}")
	ResponseEntity<byte[]> attachment(@PathVariable UUID id, @PathVariable int position) {
		Attachment attachment = mailbox.attachment(id, position).orElseThrow(DemoMailboxController::notFound);
		return ResponseEntity.ok()
				.contentType(MediaType.parseMediaType(attachment.mediaType()))
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.attachment().filename(attachment.fileName(), StandardCharsets.UTF_8).build().toString())
				.body(attachment.content());
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}
}
