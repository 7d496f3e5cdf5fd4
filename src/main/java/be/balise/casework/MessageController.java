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

/** The message thread, a fragment of the counsellor's and of the worker's bilan page. */
@Controller
class MessageController {

	private static final String COUNSELLOR = "/counsellor/bilans/{id}/messages";
	private static final String WORKER = "/worker/bilans/{id}/messages";

	private final MessageService messages;

	MessageController(MessageService messages) {
		this.messages = messages;
	}

	@InitBinder("form")
	void onlyFormFields(WebDataBinder binder) {
		binder.setAllowedFields("text");
	}

	@GetMapping({ COUNSELLOR, WORKER })
	String threadRoute(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model, HttpServletRequest request) {
		return thread(user, id, Side.of(request), model);
	}

	@PostMapping({ COUNSELLOR, WORKER })
	String sendRoute(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @ModelAttribute("form") TextForm form, BindingResult result, RedirectAttributes redirect, HttpServletRequest request) {
		return send(user, id, Side.of(request), form, result, redirect);
	}

	private String thread(CurrentUser user, UUID id, String space, Model model) {
		BilanSummary bilan = messages.requireReadable(user, new BilanId(id));
		boolean shown = bilan.state().isConducted();
		model.addAttribute("bilan", bilan);
		model.addAttribute("messages", shown ? messages.read(user, new BilanId(id)) : java.util.List.of());
		model.addAttribute("space", space);
		model.addAttribute("shown", shown);
		model.addAttribute("editable", ObjectiveService.editable(bilan));
		return "casework/messages";
	}

	private String send(CurrentUser user, UUID id, String space, TextForm form, BindingResult result,
			RedirectAttributes redirect) {
		messages.requireReadable(user, new BilanId(id));
		if (result.hasErrors()) {
			redirect.addFlashAttribute("problem", result.getFieldError().getDefaultMessage());
		} else {
			messages.send(user, new BilanId(id), form.getText());
			redirect.addFlashAttribute("flash", "casework.messages.sent");
		}
		return "redirect:/" + space + "/bilans/" + id + "#messages";
	}
}
