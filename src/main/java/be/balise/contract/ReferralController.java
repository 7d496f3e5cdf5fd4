package be.balise.contract;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import be.balise.assessment.AccessMode;
import be.balise.assessment.AssessmentAccess;
import be.balise.assessment.BilanId;
import be.balise.assessment.BilanNotFound;
import be.balise.assessment.BilanPart;
import be.balise.assessment.BilanState;
import be.balise.assessment.BilanSummary;
import be.balise.assessment.TransitionRefused;
import be.balise.identity.CurrentUser;
import be.balise.reference.Lexicon;
import be.balise.reference.ReferralHelper;
import be.balise.web.FormErrors;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The counsellor's referral page (the referral helper, then the choice of a scheme of the lexicon and a note), and
 * the worker's view of the scheme their bilan was referred to (a fragment of their bilan page).
 */
@Controller
class ReferralController {

	private final ReferralService referrals;
	private final ReferralHelper helper;
	private final Lexicon lexicon;
	private final AssessmentAccess access;

	ReferralController(ReferralService referrals, ReferralHelper helper, Lexicon lexicon, AssessmentAccess access) {
		this.referrals = referrals;
		this.helper = helper;
		this.lexicon = lexicon;
		this.access = access;
	}

	@InitBinder("form")
	void onlyFormFields(WebDataBinder binder) {
		binder.setAllowedFields("scheme", "note");
	}

	@GetMapping("/counsellor/bilans/{id}/referral")
	String page(@AuthenticationPrincipal CurrentUser counsellor, @PathVariable UUID id,
			@RequestParam Map<String, String> params, Model model) {
		BilanSummary bilan = counsellorsBilan(counsellor, id);
		var answers = helper.answersFrom(params);
		var suggested = helper.suggestedSchemes(answers);
		var form = new ReferralForm();
		suggested.stream().filter(scheme -> !ReferralService.BILAN.equals(scheme.code())).findFirst()
				.ifPresent(scheme -> form.setScheme(scheme.code()));
		return page(model, bilan, answers, form, FormErrors.none());
	}

	@PostMapping("/counsellor/bilans/{id}/referral")
	String refer(@AuthenticationPrincipal CurrentUser counsellor, @PathVariable UUID id,
			@Valid @ModelAttribute("form") ReferralForm form, BindingResult result, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		BilanSummary bilan = counsellorsBilan(counsellor, id);
		if (!result.hasFieldErrors("scheme") && lexicon.find(form.getScheme())
				.filter(scheme -> !ReferralService.BILAN.equals(scheme.code())).isEmpty()) {
			result.rejectValue("scheme", "unknown", "contract.referral.error.scheme");
		}
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return page(model, bilan, Map.of(), form, FormErrors.of(result));
		}
		try {
			referrals.refer(counsellor, new BilanId(id), form.getScheme(), form.getNote());
			redirect.addFlashAttribute("flash", "contract.referral.done");
		} catch (TransitionRefused refused) {
			redirect.addFlashAttribute("problem", refused.messageKey());
		}
		return "redirect:/counsellor/bilans/" + id;
	}

	@GetMapping("/worker/bilans/{id}/referral")
	String workerView(@AuthenticationPrincipal CurrentUser worker, @PathVariable UUID id, Model model, Locale locale) {
		BilanSummary bilan = access.require(worker, new BilanId(id), BilanPart.ADMINISTRATION, AccessMode.READ);
		if (!worker.id().value().equals(bilan.workerId())) {
			throw new BilanNotFound();
		}
		model.addAttribute("scheme", referrals.referredTo(worker, new BilanId(id), locale).orElse(null));
		return "contract/worker-referral";
	}

	private BilanSummary counsellorsBilan(CurrentUser counsellor, UUID id) {
		BilanSummary bilan = access.require(counsellor, new BilanId(id), BilanPart.FIRST_MEETING, AccessMode.WRITE);
		if (!counsellor.id().value().equals(bilan.counsellorId())) {
			throw new BilanNotFound();
		}
		return bilan;
	}

	private String page(Model model, BilanSummary bilan, Map<String, String> answers, ReferralForm form, FormErrors errors) {
		model.addAttribute("bilan", bilan);
		model.addAttribute("questions", helper.questions());
		model.addAttribute("answers", answers);
		model.addAttribute("suggested", helper.suggestedSchemes(answers));
		model.addAttribute("schemes", lexicon.all().stream().filter(scheme -> !ReferralService.BILAN.equals(scheme.code())).toList());
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("open", bilan.state() == BilanState.FIRST_MEETING);
		return "contract/referral";
	}
}
