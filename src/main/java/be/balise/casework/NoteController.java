package be.balise.casework;

import java.util.UUID;

import jakarta.validation.Valid;
import be.balise.assessment.BilanId;
import be.balise.identity.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Session notes as a fragment of the counsellor's bilan page; a search shows its matches on a page of their own. */
@Controller
class NoteController {

	private final NoteService notes;

	NoteController(NoteService notes) {
		this.notes = notes;
	}

	@InitBinder("form")
	void onlyFormFields(WebDataBinder binder) {
		binder.setAllowedFields("text");
	}

	@GetMapping("/counsellor/bilans/{id}/notes")
	String list(@AuthenticationPrincipal CurrentUser counsellor, @PathVariable UUID id,
			@RequestParam(name = "q", required = false) String query, Model model) {
		BilanId bilan = new BilanId(id);
		model.addAttribute("bilan", notes.requireWritable(counsellor, bilan));
		boolean searching = query != null && !query.isBlank();
		model.addAttribute("notes", searching ? notes.search(counsellor, bilan, query) : notes.read(counsellor, bilan));
		model.addAttribute("query", searching ? query.strip() : "");
		model.addAttribute("standalone", searching);
		return "casework/notes";
	}

	@PostMapping("/counsellor/bilans/{id}/notes")
	String write(@AuthenticationPrincipal CurrentUser counsellor, @PathVariable UUID id,
			@Valid @ModelAttribute("form") TextForm form, BindingResult result, RedirectAttributes redirect) {
		BilanId bilan = new BilanId(id);
		notes.requireWritable(counsellor, bilan);
		if (result.hasErrors()) {
			redirect.addFlashAttribute("problem", result.getFieldError().getDefaultMessage());
		} else {
			notes.write(counsellor, bilan, form.getText());
			redirect.addFlashAttribute("flash", "casework.notes.saved");
		}
		return "redirect:/counsellor/bilans/" + id + "#notes";
	}
}
