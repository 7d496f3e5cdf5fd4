package be.balise.contract;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.Valid;
import be.balise.assessment.AccessMode;
import be.balise.assessment.AssessmentAccess;
import be.balise.assessment.BilanId;
import be.balise.assessment.BilanPart;
import be.balise.assessment.BilanState;
import be.balise.assessment.BilanSummary;
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

/** The counsellor records the first meeting (a fragment of the counsellor's bilan page). */
@Controller
class FirstMeetingController {

	private final FirstMeetingService meetings;
	private final AssessmentAccess access;
	private final Clock clock;

	FirstMeetingController(FirstMeetingService meetings, AssessmentAccess access, Clock clock) {
		this.meetings = meetings;
		this.access = access;
		this.clock = clock;
	}

	@InitBinder("form")
	void onlyFormFields(WebDataBinder binder) {
		binder.setAllowedFields("heldOn", "presentedOperator", "presentedProcess", "presentedMethods", "voluntaryConfirmed",
				"motives");
	}

	@GetMapping("/counsellor/bilans/{id}/first-meeting")
	String show(@AuthenticationPrincipal CurrentUser counsellor, @PathVariable UUID id, Model model) {
		BilanSummary bilan = access.require(counsellor, new BilanId(id), BilanPart.FIRST_MEETING, AccessMode.WRITE);
		var form = meetings.read(counsellor, new BilanId(id)).orElseGet(() -> {
			var blank = new FirstMeetingForm();
			blank.setHeldOn(LocalDate.now(clock.withZone(PageContext.BRUSSELS)));
			return blank;
		});
		return fragment(model, bilan, form, FormErrors.none());
	}

	@PostMapping("/counsellor/bilans/{id}/first-meeting")
	String save(@AuthenticationPrincipal CurrentUser counsellor, @PathVariable UUID id,
			@Valid @ModelAttribute("form") FirstMeetingForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		BilanSummary bilan = access.require(counsellor, new BilanId(id), BilanPart.FIRST_MEETING, AccessMode.WRITE);
		if (result.hasErrors()) {
			model.addAttribute("standalone", true);
			return fragment(model, bilan, form, FormErrors.of(result));
		}
		meetings.record(counsellor, new BilanId(id), form);
		redirect.addFlashAttribute("flash", "contract.firstMeeting.saved");
		return "redirect:/counsellor/bilans/" + id;
	}

	private String fragment(Model model, BilanSummary bilan, FirstMeetingForm form, FormErrors errors) {
		model.addAttribute("bilan", bilan);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("editable", bilan.state() == BilanState.FIRST_MEETING);
		return "contract/first-meeting";
	}
}
