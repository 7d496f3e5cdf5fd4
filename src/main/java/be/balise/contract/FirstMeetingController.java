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
import be.balise.assessment.TransitionRefused;
import be.balise.identity.CurrentUser;
import be.balise.scheme.SchemeId;
import be.balise.scheme.Schemes;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The counsellor records the first meeting (a fragment of the counsellor's bilan page) and decides to continue. */
@Controller
class FirstMeetingController {

	/** The value of the button that saves and decides to continue. */
	static final String CONTINUE = FirstMeetingDecision.CONTINUE.name();

	private final FirstMeetingService meetings;
	private final AssessmentAccess access;
	private final Schemes schemes;
	private final Clock clock;

	FirstMeetingController(FirstMeetingService meetings, AssessmentAccess access, Schemes schemes, Clock clock) {
		this.meetings = meetings;
		this.access = access;
		this.schemes = schemes;
		this.clock = clock;
	}

	@InitBinder("form")
	void onlyFormFields(WebDataBinder binder) {
		binder.setAllowedFields("heldOn", "presentedOperator", "presentedProcess", "presentedMethods", "presentedTools",
				"voluntaryConfirmed", "motives", "plannedHours", "rhythmWeeks", "modality");
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
			@Valid @ModelAttribute("form") FirstMeetingForm form, BindingResult result,
			@RequestParam(defaultValue = "") String decision, Model model, RedirectAttributes redirect) {
		BilanSummary bilan = access.require(counsellor, new BilanId(id), BilanPart.FIRST_MEETING, AccessMode.WRITE);
		boolean continuing = CONTINUE.equals(decision);
		checkFrame(bilan, form, result, continuing);
		if (result.hasErrors()) {
			model.addAttribute("standalone", true);
			return fragment(model, bilan, form, FormErrors.of(result));
		}
		try {
			if (continuing) {
				meetings.continueToConvention(counsellor, new BilanId(id), form);
				redirect.addFlashAttribute("flash", "contract.firstMeeting.continued");
			} else {
				meetings.record(counsellor, new BilanId(id), form);
				redirect.addFlashAttribute("flash", "contract.firstMeeting.saved");
			}
		} catch (TransitionRefused refused) {
			redirect.addFlashAttribute("problem", refused.messageKey());
		}
		return "redirect:/counsellor/bilans/" + id;
	}

	/** The checks that depend on the scheme, or on the decision to continue, beside each field. */
	private void checkFrame(BilanSummary bilan, FirstMeetingForm form, BindingResult result, boolean continuing) {
		var max = schemes.find(new SchemeId(bilan.schemeId())).map(scheme -> scheme.maxHours()).orElse(null);
		if (form.getPlannedHours() != null && max != null && form.getPlannedHours().compareTo(max) > 0
				&& !result.hasFieldErrors("plannedHours")) {
			result.rejectValue("plannedHours", "max", new Object[] { max }, "contract.error.plannedHoursMax");
		}
		if (!continuing) {
			return;
		}
		if (form.getPlannedHours() == null && !result.hasFieldErrors("plannedHours")) {
			result.rejectValue("plannedHours", "required", "contract.error.plannedHoursRequired");
		}
		if (form.getRhythmWeeks() == null && !result.hasFieldErrors("rhythmWeeks")) {
			result.rejectValue("rhythmWeeks", "required", "contract.error.rhythmRequired");
		}
		if (form.getModality() == null && !result.hasFieldErrors("modality")) {
			result.rejectValue("modality", "required", "contract.error.modalityRequired");
		}
		if (!form.isVoluntaryConfirmed()) {
			result.rejectValue("voluntaryConfirmed", "required", "contract.error.voluntaryRequired");
		}
		if (!(form.isPresentedOperator() && form.isPresentedProcess() && form.isPresentedMethods() && form.isPresentedTools())) {
			result.rejectValue("presentedOperator", "required", "contract.error.checklistRequired");
		}
	}

	private String fragment(Model model, BilanSummary bilan, FirstMeetingForm form, FormErrors errors) {
		var scheme = schemes.find(new SchemeId(bilan.schemeId()));
		model.addAttribute("bilan", bilan);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("maxHours", scheme.map(s -> s.maxHours()).orElse(null));
		model.addAttribute("editable", bilan.state() == BilanState.FIRST_MEETING && !meetings.decided(bilan.id()));
		return "contract/first-meeting";
	}
}
