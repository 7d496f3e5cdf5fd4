package be.balise.casework;

import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
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

/**
 * Objectives, the same for both authors: a fragment of the counsellor's bilan page and of the worker's. An edit
 * that crossed someone else's answers 409 with a page that shows both texts.
 */
@Controller
class ObjectiveController {

	private static final String COUNSELLOR = "/counsellor/bilans/{id}/objectives";
	private static final String WORKER = "/worker/bilans/{id}/objectives";

	private final ObjectiveService objectives;

	ObjectiveController(ObjectiveService objectives) {
		this.objectives = objectives;
	}

	@InitBinder({ "form", "edit" })
	void onlyFormFields(WebDataBinder binder) {
		binder.setAllowedFields("text", "version");
	}

	@GetMapping({ COUNSELLOR, WORKER })
	String listRoute(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model, HttpServletRequest request) {
		return list(user, id, Side.of(request), model);
	}

	@PostMapping({ COUNSELLOR, WORKER })
	String addRoute(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @ModelAttribute("form") TextForm form, BindingResult result, RedirectAttributes redirect, HttpServletRequest request) {
		return add(user, id, Side.of(request), form, result, redirect);
	}

	@PostMapping({ COUNSELLOR + "/{objective}", WORKER + "/{objective}" })
	String editRoute(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID objective,
			@Valid @ModelAttribute("edit") EditForm form, BindingResult result, Model model, RedirectAttributes redirect,
			HttpServletResponse response, HttpServletRequest request) {
		return edit(user, id, objective, Side.of(request), form, result, model, redirect, response);
	}

	@PostMapping({ COUNSELLOR + "/{objective}/comments", WORKER + "/{objective}/comments" })
	String commentRoute(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID objective,
			@Valid @ModelAttribute("form") TextForm form, BindingResult result, RedirectAttributes redirect, HttpServletRequest request) {
		return comment(user, id, objective, Side.of(request), form, result, redirect);
	}

	private String list(CurrentUser user, UUID id, String space, Model model) {
		BilanSummary bilan = objectives.requireReadable(user, new BilanId(id));
		boolean shown = bilan.state().isConducted();
		model.addAttribute("bilan", bilan);
		model.addAttribute("objectives", shown ? objectives.read(user, new BilanId(id)) : java.util.List.of());
		model.addAttribute("space", space);
		model.addAttribute("shown", shown);
		model.addAttribute("editable", ObjectiveService.editable(bilan));
		return "casework/objectives";
	}

	private String add(CurrentUser user, UUID id, String space, TextForm form, BindingResult result,
			RedirectAttributes redirect) {
		objectives.requireReadable(user, new BilanId(id));
		if (result.hasErrors()) {
			redirect.addFlashAttribute("problem", result.getFieldError().getDefaultMessage());
		} else {
			objectives.add(user, new BilanId(id), form.getText());
			redirect.addFlashAttribute("flash", "casework.objectives.added");
		}
		return back(space, id);
	}

	private String edit(CurrentUser user, UUID id, UUID objective, String space, EditForm form, BindingResult result,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		BilanSummary bilan = objectives.requireReadable(user, new BilanId(id));
		if (result.hasErrors()) {
			redirect.addFlashAttribute("problem", "casework.error.textRequired");
			return back(space, id);
		}
		EditOutcome outcome = objectives.edit(user, new BilanId(id), objective, form.getVersion(), form.getText());
		if (outcome instanceof EditOutcome.Conflict conflict) {
			return ConflictPage.show(model, response, bilan, conflict, space, "objectives", objective);
		}
		redirect.addFlashAttribute("flash", "casework.objectives.saved");
		return back(space, id);
	}

	private String comment(CurrentUser user, UUID id, UUID objective, String space, TextForm form, BindingResult result,
			RedirectAttributes redirect) {
		objectives.requireReadable(user, new BilanId(id));
		if (result.hasErrors()) {
			redirect.addFlashAttribute("problem", result.getFieldError().getDefaultMessage());
		} else {
			objectives.comment(user, new BilanId(id), objective, form.getText());
			redirect.addFlashAttribute("flash", "casework.objectives.commented");
		}
		return back(space, id);
	}

	private static String back(String space, UUID id) {
		return "redirect:/" + space + "/bilans/" + id + "#objectives";
	}
}
