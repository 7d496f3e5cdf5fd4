package be.balise.identity;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;

/** A link that was already used, has expired or never existed: one page for all three, with a way forward. */
final class LinkInvalidPage {

	private LinkInvalidPage() {
	}

	static String show(Model model, HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_NOT_FOUND);
		return "identity/link-invalid";
	}
}
