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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Tasks between sessions, a fragment of the counsellor's and of the worker's bilan page. */
@Controller
class TaskController {

	private static final String COUNSELLOR = "/counsellor/bilans/{id}/tasks";
	private static final String WORKER = "/worker/bilans/{id}/tasks";

	private final TaskService tasks;

	TaskController(TaskService tasks) {
		this.tasks = tasks;
	}

	@InitBinder("form")
	void onlyFormFields(WebDataBinder binder) {
		binder.setAllowedFields("text");
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

	@PostMapping({ COUNSELLOR + "/{task}/done", WORKER + "/{task}/done" })
	String doneRoute(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID task,
			@RequestParam(defaultValue = "") String comment, RedirectAttributes redirect, HttpServletRequest request) {
		return done(user, id, task, Side.of(request), comment, redirect);
	}

	private String list(CurrentUser user, UUID id, String space, Model model) {
		BilanSummary bilan = tasks.requireReadable(user, new BilanId(id));
		boolean shown = bilan.state().isConducted();
		model.addAttribute("bilan", bilan);
		model.addAttribute("tasks", shown ? tasks.read(user, new BilanId(id)) : java.util.List.of());
		model.addAttribute("space", space);
		model.addAttribute("shown", shown);
		model.addAttribute("editable", ObjectiveService.editable(bilan));
		return "casework/tasks";
	}

	private String add(CurrentUser user, UUID id, String space, TextForm form, BindingResult result,
			RedirectAttributes redirect) {
		tasks.requireReadable(user, new BilanId(id));
		if (result.hasErrors()) {
			redirect.addFlashAttribute("problem", result.getFieldError().getDefaultMessage());
		} else {
			tasks.add(user, new BilanId(id), form.getText());
			redirect.addFlashAttribute("flash", "casework.tasks.added");
		}
		return back(space, id);
	}

	private String done(CurrentUser user, UUID id, UUID task, String space, String comment, RedirectAttributes redirect) {
		tasks.requireReadable(user, new BilanId(id));
		if (comment.length() > 20_000) {
			redirect.addFlashAttribute("problem", "casework.error.textLength");
		} else {
			boolean done = tasks.done(user, new BilanId(id), task, comment);
			redirect.addFlashAttribute(done ? "flash" : "problem", done ? "casework.tasks.done" : "casework.error.taskUnknown");
		}
		return back(space, id);
	}

	private static String back(String space, UUID id) {
		return "redirect:/" + space + "/bilans/" + id + "#tasks";
	}
}
