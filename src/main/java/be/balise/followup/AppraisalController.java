package be.balise.followup;

import java.time.Clock;
import java.util.UUID;

import jakarta.validation.Valid;
import be.balise.assessment.BilanId;
import be.balise.assessment.BilanNotFound;
import be.balise.identity.CurrentUser;
import be.balise.identity.Role;
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

/** The worker answers the appraisal questionnaire; counsellors, operator admins and fund officers see the aggregates. */
@Controller
class AppraisalController {

	private final AppraisalService appraisals;
	private final Clock clock;

	AppraisalController(AppraisalService appraisals, Clock clock) {
		this.appraisals = appraisals;
		this.clock = clock;
	}

	@InitBinder("form")
	void onlyFormFields(WebDataBinder binder) {
		binder.setAllowedFields("clarity", "relationship", "methods", "synthesis", "recommend", "comment");
	}

	@GetMapping("/worker/bilans/{id}/appraisal")
	String form(@AuthenticationPrincipal CurrentUser worker, @PathVariable UUID id, Model model) {
		return page(worker, new BilanId(id), new AppraisalForm(), FormErrors.none(), model);
	}

	@PostMapping("/worker/bilans/{id}/appraisal")
	String answer(@AuthenticationPrincipal CurrentUser worker, @PathVariable UUID id, @Valid @ModelAttribute("form") AppraisalForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		BilanId bilan = new BilanId(id);
		if (appraisals.status(worker, bilan) == AppraisalService.Status.NOT_YET) {
			throw new BilanNotFound();
		}
		if (result.hasErrors()) {
			return page(worker, bilan, form, FormErrors.of(result), model);
		}
		boolean first = appraisals.answer(worker, bilan, form);
		redirect.addFlashAttribute("flash", first ? "followup.done.appraised" : "followup.done.alreadyAppraised");
		return "redirect:/worker/bilans/" + id + "/follow-up";
	}

	private String page(CurrentUser worker, BilanId bilan, AppraisalForm form, FormErrors errors, Model model) {
		var summary = appraisals.requireWorker(worker, bilan);
		var status = appraisals.status(worker, bilan);
		if (status == AppraisalService.Status.NOT_YET) {
			throw new BilanNotFound();
		}
		model.addAttribute("bilanId", bilan.value());
		model.addAttribute("given", status == AppraisalService.Status.GIVEN);
		model.addAttribute("questionnaire", appraisals.questionnaireOf(summary));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "followup/appraisal";
	}

	@GetMapping("/counsellor/appraisals")
	String counsellor(@AuthenticationPrincipal CurrentUser user, Model model) {
		return results(user, Role.COUNSELLOR, model);
	}

	@GetMapping("/operator/appraisals")
	String operator(@AuthenticationPrincipal CurrentUser user, Model model) {
		return results(user, Role.OPERATOR_ADMIN, model);
	}

	@GetMapping("/fund/appraisals")
	String fund(@AuthenticationPrincipal CurrentUser user, Model model) {
		return results(user, Role.FUND_OFFICER, model);
	}

	private String results(CurrentUser user, Role role, Model model) {
		model.addAttribute("role", role);
		model.addAttribute("items", AppraisalItem.values());
		model.addAttribute("aggregates", appraisals.aggregates(user, role, clock));
		model.addAttribute("batches", appraisals.comments(user, role, clock));
		model.addAttribute("minimum", AppraisalService.MINIMUM);
		return "followup/appraisals";
	}
}
