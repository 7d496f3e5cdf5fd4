package be.balise.planning;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import jakarta.validation.Valid;
import be.balise.assessment.BilanId;
import be.balise.identity.CurrentUser;
import be.balise.web.FormErrors;
import be.balise.web.PageContext;
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

/** The counsellor's free slots page, and the worker's pick of one. */
@Controller
class FreeSlotController {

	private final FreeSlotService slots;
	private final Clock clock;

	FreeSlotController(FreeSlotService slots, Clock clock) {
		this.slots = slots;
		this.clock = clock;
	}

	@InitBinder("form")
	void onlyFormFields(WebDataBinder binder) {
		binder.setAllowedFields("date", "time", "durationMinutes", "modality");
	}

	@GetMapping("/counsellor/slots")
	String page(@AuthenticationPrincipal CurrentUser counsellor, Model model) {
		return page(counsellor, new SlotForm(), FormErrors.none(), model);
	}

	@PostMapping("/counsellor/slots")
	String publish(@AuthenticationPrincipal CurrentUser counsellor, @Valid @ModelAttribute("form") SlotForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors() && !startsAt(form).isAfter(clock.instant())) {
			result.rejectValue("date", "past", "planning.error.past");
		}
		if (result.hasErrors()) {
			return page(counsellor, form, FormErrors.of(result), model);
		}
		slots.publish(counsellor, startsAt(form), form.getDurationMinutes(), form.getModality());
		redirect.addFlashAttribute("flash", "planning.slots.published");
		return "redirect:/counsellor/slots";
	}

	@PostMapping("/counsellor/slots/{slot}/withdraw")
	String withdraw(@AuthenticationPrincipal CurrentUser counsellor, @PathVariable UUID slot, RedirectAttributes redirect) {
		boolean done = slots.withdraw(counsellor, slot);
		redirect.addFlashAttribute(done ? "flash" : "problem", done ? "planning.slots.withdrawn" : "planning.slots.gone");
		return "redirect:/counsellor/slots";
	}

	@PostMapping("/worker/bilans/{id}/slots/{slot}")
	String take(@AuthenticationPrincipal CurrentUser worker, @PathVariable UUID id, @PathVariable UUID slot,
			RedirectAttributes redirect) {
		var taking = slots.take(worker, new BilanId(id), slot);
		redirect.addFlashAttribute(taking == FreeSlotService.Taking.TAKEN ? "flash" : "problem",
				taking == FreeSlotService.Taking.TAKEN ? "planning.slots.taken" : "planning.slots.gone");
		return "redirect:/worker/bilans/" + id;
	}

	private String page(CurrentUser counsellor, SlotForm form, FormErrors errors, Model model) {
		model.addAttribute("slots", slots.mine(counsellor));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "planning/slots";
	}

	private static Instant startsAt(SlotForm form) {
		return form.getDate().atTime(form.getTime()).atZone(PageContext.BRUSSELS).toInstant();
	}
}
