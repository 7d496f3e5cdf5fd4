package be.balise.identity;

import org.springframework.ui.Model;

/** "Look in your mailbox": the one answer after sign-up, a reset request or a change of address. */
final class MailSentPage {

	private MailSentPage() {
	}

	static String show(Model model, String titleKey, String textKey) {
		model.addAttribute("titleKey", titleKey);
		model.addAttribute("textKey", textKey);
		return "identity/mail-sent";
	}
}
