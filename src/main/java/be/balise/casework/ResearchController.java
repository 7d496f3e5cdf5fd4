package be.balise.casework;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import be.balise.assessment.BilanId;
import be.balise.assessment.BilanSummary;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The research log, a fragment of the counsellor's and of the worker's bilan page. */
@Controller
class ResearchController {

	private static final String COUNSELLOR = "/counsellor/bilans/{id}/research";
	private static final String WORKER = "/worker/bilans/{id}/research";

	private final ResearchService research;

	ResearchController(ResearchService research) {
		this.research = research;
	}

	@InitBinder("form")
	void onlyFormFields(WebDataBinder binder) {
		binder.setAllowedFields("category", "title", "link", "summary", "happenedOn");
	}

	@GetMapping({ COUNSELLOR, WORKER })
	String listRoute(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model, HttpServletRequest request) {
		return list(user, id, Side.of(request), model);
	}

	@PostMapping({ COUNSELLOR, WORKER })
	String addRoute(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @ModelAttribute("form") ResearchForm form, BindingResult result, RedirectAttributes redirect, HttpServletRequest request) {
		return add(user, id, Side.of(request), form, result, redirect);
	}

	private String list(CurrentUser user, UUID id, String space, Model model) {
		BilanSummary bilan = research.requireReadable(user, new BilanId(id));
		boolean shown = bilan.state().isConducted();
		model.addAttribute("bilan", bilan);
		model.addAttribute("entries", shown ? research.read(user, new BilanId(id)) : java.util.List.of());
		model.addAttribute("space", space);
		model.addAttribute("shown", shown);
		model.addAttribute("editable", ObjectiveService.editable(bilan));
		return "casework/research";
	}

	private String add(CurrentUser user, UUID id, String space, ResearchForm form, BindingResult result,
			RedirectAttributes redirect) {
		research.requireReadable(user, new BilanId(id));
		if (result.hasErrors()) {
			redirect.addFlashAttribute("problem", result.getFieldErrors().get(0).getDefaultMessage());
		} else {
			research.add(user, new BilanId(id), form);
			redirect.addFlashAttribute("flash", "casework.research.added");
		}
		return "redirect:/" + space + "/bilans/" + id + "#research";
	}
}
