package be.balise.request;

import java.util.UUID;

import jakarta.validation.Valid;
import be.balise.assessment.BilanId;
import be.balise.identity.CurrentUser;
import be.balise.scheme.Schemes;
import be.balise.web.FormErrors;
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

/** The worker asks for a bilan, and corrects the request when the fund asks for information. */
@Controller
class WorkerRequestController {

	private static final String[] FIELDS = { "schemeId", "submissionKey", "jointCommittee", "companyNumber", "workStatus",
			"workingHours", "employerAgreed", "reasons", "language", "region", "modality", "experienceYears", "residenceRegion" };

	private final RequestService requests;
	private final Schemes schemes;

	WorkerRequestController(RequestService requests, Schemes schemes) {
		this.requests = requests;
		this.schemes = schemes;
	}

	@InitBinder("form")
	void onlyFormFields(WebDataBinder binder) {
		binder.setAllowedFields(FIELDS);
	}

	@GetMapping("/worker/requests/new")
	String newRequest(Model model) {
		return form(model, new RequestForm(), FormErrors.none(), null);
	}

	@PostMapping("/worker/requests")
	String submit(@AuthenticationPrincipal CurrentUser worker, @Valid @ModelAttribute("form") RequestForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return form(model, form, FormErrors.of(result), null);
		}
		BilanId bilan = requests.submit(worker, form);
		redirect.addFlashAttribute("flash", "request.submitted");
		return "redirect:/worker/bilans/" + bilan;
	}

	@GetMapping("/worker/bilans/{id}/request")
	String edit(@AuthenticationPrincipal CurrentUser worker, @PathVariable UUID id, Model model) {
		RequestRecord record = requests.eligibility(worker, new BilanId(id));
		if (record.decision() != RequestRecord.Decision.INFORMATION_REQUESTED) {
			// Only a question from the fund reopens the request; otherwise the bilan's page tells where it stands.
			return "redirect:/worker/bilans/" + id;
		}
		var form = new RequestForm();
		form.setSchemeId(record.schemeId());
		form.setJointCommittee(record.jointCommittee());
		form.setCompanyNumber(record.companyNumber());
		form.setWorkStatus(record.workStatus());
		form.setWorkingHours(record.workingHours());
		form.setEmployerAgreed(record.employerAgreed());
		form.setReasons(requests.reasons(worker, new BilanId(id)));
		form.setLanguage(record.language());
		form.setRegion(record.region());
		form.setModality(record.modality());
		form.setExperienceYears(record.experienceYears() == null ? null : String.valueOf(record.experienceYears()));
		form.setResidenceRegion(record.residenceRegion());
		model.addAttribute("question", record.decisionNote());
		return form(model, form, FormErrors.none(), id);
	}

	@PostMapping("/worker/bilans/{id}/request")
	String correct(@AuthenticationPrincipal CurrentUser worker, @PathVariable UUID id,
			@Valid @ModelAttribute("form") RequestForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return form(model, form, FormErrors.of(result), id);
		}
		requests.correct(worker, new BilanId(id), form);
		redirect.addFlashAttribute("flash", "request.corrected");
		return "redirect:/worker/bilans/" + id;
	}

	private String form(Model model, RequestForm form, FormErrors errors, UUID correcting) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("schemes", schemes.open());
		model.addAttribute("correcting", correcting);
		return "request/form";
	}
}
