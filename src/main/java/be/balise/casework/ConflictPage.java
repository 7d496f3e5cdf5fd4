package be.balise.casework;

import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import be.balise.assessment.BilanSummary;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;

/**
 * The page shown when someone saved an objective or an option while another person was editing it: a 409 with
 * the saved text beside the text just typed, so nothing is lost.
 */
final class ConflictPage {

	private ConflictPage() {
	}

	/** {@code part} is the casework part in the path and anchor ({@code objectives}, {@code options}). */
	static String show(Model model, HttpServletResponse response, BilanSummary bilan, EditOutcome.Conflict conflict,
			String space, String part, UUID item) {
		response.setStatus(HttpStatus.CONFLICT.value());
		String page = "/" + space + "/bilans/" + bilan.id();
		model.addAttribute("bilan", bilan);
		model.addAttribute("conflict", conflict);
		model.addAttribute("action", page + "/" + part + "/" + item);
		model.addAttribute("back", page + "#" + part);
		return "casework/conflict";
	}
}
