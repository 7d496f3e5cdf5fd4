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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Options (pistes), the same for the worker and the counsellor: a fragment of each one's bilan page. */
@Controller
class OptionController {

	private static final String COUNSELLOR = "/counsellor/bilans/{id}/options";
	private static final String WORKER = "/worker/bilans/{id}/options";

	private final OptionService options;
	private final org.springframework.context.MessageSource messages;

	OptionController(OptionService options, org.springframework.context.MessageSource messages) {
		this.options = options;
		this.messages = messages;
	}

	@InitBinder("form")
	void onlyFormFields(WebDataBinder binder) {
		binder.setAllowedFields("description", "pros", "cons", "realism", "missing", "version");
	}

	@GetMapping({ COUNSELLOR, WORKER })
	String listRoute(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model, HttpServletRequest request) {
		return list(user, id, Side.of(request), model);
	}

	@PostMapping({ COUNSELLOR, WORKER })
	String addRoute(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @ModelAttribute("form") OptionForm form, BindingResult result, RedirectAttributes redirect, HttpServletRequest request) {
		return add(user, id, Side.of(request), form, result, redirect);
	}

	@PostMapping({ COUNSELLOR + "/{option}", WORKER + "/{option}" })
	String editRoute(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID option,
			@Valid @ModelAttribute("form") OptionForm form, BindingResult result, Model model, RedirectAttributes redirect,
			HttpServletResponse response, HttpServletRequest request) {
		return edit(user, id, option, Side.of(request), form, result, model, redirect, response);
	}

	@PostMapping({ COUNSELLOR + "/{option}/rank", WORKER + "/{option}/rank" })
	String moveRoute(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID option,
			@RequestParam RankMove direction, RedirectAttributes redirect, HttpServletRequest request) {
		return move(user, id, option, Side.of(request), direction, redirect);
	}

	@PostMapping({ COUNSELLOR + "/{option}/drop", WORKER + "/{option}/drop" })
	String dropRoute(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID option,
			@RequestParam(defaultValue = "") String reason, RedirectAttributes redirect, HttpServletRequest request) {
		return drop(user, id, option, Side.of(request), reason, redirect);
	}

	@PostMapping({ COUNSELLOR + "/{option}/merge", WORKER + "/{option}/merge" })
	String mergeRoute(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID option,
			@RequestParam(required = false) UUID into, RedirectAttributes redirect, HttpServletRequest request,
			java.util.Locale locale) {
		String space = Side.of(request);
		options.requireReadable(user, new BilanId(id));
		if (into == null) {
			redirect.addFlashAttribute("problem", "casework.error.mergeTarget");
			return back(space, id);
		}
		String reason = messages.getMessage("casework.options.mergedReason", null, locale);
		boolean merged = options.merge(user, new BilanId(id), into, option, reason);
		redirect.addFlashAttribute(merged ? "flash" : "problem", merged ? "casework.options.merged" : "casework.error.unknown");
		return back(space, id);
	}

	private String list(CurrentUser user, UUID id, String space, Model model) {
		BilanSummary bilan = options.requireReadable(user, new BilanId(id));
		boolean shown = bilan.state().isConducted();
		model.addAttribute("bilan", bilan);
		model.addAttribute("options", shown ? options.read(user, new BilanId(id)) : java.util.List.of());
		model.addAttribute("space", space);
		model.addAttribute("shown", shown);
		model.addAttribute("editable", ObjectiveService.editable(bilan));
		return "casework/options";
	}

	private String add(CurrentUser user, UUID id, String space, OptionForm form, BindingResult result,
			RedirectAttributes redirect) {
		options.requireReadable(user, new BilanId(id));
		if (result.hasErrors()) {
			redirect.addFlashAttribute("problem", "casework.error.optionInvalid");
		} else {
			options.add(user, new BilanId(id), form.text());
			redirect.addFlashAttribute("flash", "casework.options.added");
		}
		return back(space, id);
	}

	private String edit(CurrentUser user, UUID id, UUID option, String space, OptionForm form, BindingResult result,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		BilanSummary bilan = options.requireReadable(user, new BilanId(id));
		if (result.hasErrors()) {
			redirect.addFlashAttribute("problem", "casework.error.optionInvalid");
			return back(space, id);
		}
		EditOutcome outcome = options.edit(user, new BilanId(id), option, form.getVersion(), form.text());
		if (outcome instanceof EditOutcome.Conflict conflict) {
			return ConflictPage.show(model, response, bilan, conflict, space, "options", option);
		}
		redirect.addFlashAttribute("flash", "casework.options.saved");
		return back(space, id);
	}

	private String move(CurrentUser user, UUID id, UUID option, String space, RankMove direction,
			RedirectAttributes redirect) {
		options.move(user, new BilanId(id), option, direction == RankMove.UP);
		redirect.addFlashAttribute("flash", "casework.options.moved");
		return back(space, id);
	}

	private String drop(CurrentUser user, UUID id, UUID option, String space, String reason, RedirectAttributes redirect) {
		options.requireReadable(user, new BilanId(id));
		if (reason.isBlank() || reason.length() > 4000) {
			redirect.addFlashAttribute("problem", "casework.error.reasonRequired");
		} else {
			boolean dropped = options.drop(user, new BilanId(id), option, reason);
			redirect.addFlashAttribute(dropped ? "flash" : "problem", dropped ? "casework.options.dropped" : "casework.error.unknown");
		}
		return back(space, id);
	}

	private static String back(String space, UUID id) {
		return "redirect:/" + space + "/bilans/" + id + "#options";
	}
}
