package be.balise.casework;

import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import be.balise.assessment.BilanId;
import be.balise.assessment.BilanSummary;
import be.balise.identity.CurrentUser;
import org.springframework.http.HttpStatus;
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

	@GetMapping(COUNSELLOR)
	String counsellorList(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
		return list(user, id, "counsellor", model);
	}

	@GetMapping(WORKER)
	String workerList(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
		return list(user, id, "worker", model);
	}

	@PostMapping(COUNSELLOR)
	String counsellorAdd(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @ModelAttribute("form") TextForm form, BindingResult result, RedirectAttributes redirect) {
		return add(user, id, "counsellor", form, result, redirect);
	}

	@PostMapping(WORKER)
	String workerAdd(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @ModelAttribute("form") TextForm form, BindingResult result, RedirectAttributes redirect) {
		return add(user, id, "worker", form, result, redirect);
	}

	@PostMapping(COUNSELLOR + "/{objective}")
	String counsellorEdit(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID objective,
			@Valid @ModelAttribute("edit") EditForm form, BindingResult result, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		return edit(user, id, objective, "counsellor", form, result, model, redirect, response);
	}

	@PostMapping(WORKER + "/{objective}")
	String workerEdit(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID objective,
			@Valid @ModelAttribute("edit") EditForm form, BindingResult result, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		return edit(user, id, objective, "worker", form, result, model, redirect, response);
	}

	@PostMapping(COUNSELLOR + "/{objective}/comments")
	String counsellorComment(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID objective,
			@Valid @ModelAttribute("form") TextForm form, BindingResult result, RedirectAttributes redirect) {
		return comment(user, id, objective, "counsellor", form, result, redirect);
	}

	@PostMapping(WORKER + "/{objective}/comments")
	String workerComment(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID objective,
			@Valid @ModelAttribute("form") TextForm form, BindingResult result, RedirectAttributes redirect) {
		return comment(user, id, objective, "worker", form, result, redirect);
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
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("bilan", bilan);
			model.addAttribute("conflict", conflict);
			model.addAttribute("action", "/" + space + "/bilans/" + id + "/objectives/" + objective);
			model.addAttribute("back", "/" + space + "/bilans/" + id + "#objectives");
			return "casework/conflict";
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
