package be.balise.followup;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import be.balise.assessment.Outcome;
import be.balise.assessment.BilanId;
import be.balise.assessment.BilanNotFound;
import be.balise.assessment.BilanState;
import be.balise.assessment.BilanSummary;
import be.balise.assessment.AssessmentAccess;
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

/**
 * The follow-up pages: the worker's (appraisal, interviews, self-assessment, keeping content longer) and the
 * counsellor's (planning and recording interviews, referral, closing note).
 */
@Controller
class FollowUpController {

	private final FollowUpService followUps;
	private final AppraisalService appraisals;
	private final Closure closure;
	private final RetentionExtensions extensions;
	private final AssessmentAccess access;

	FollowUpController(FollowUpService followUps, AppraisalService appraisals, Closure closure, RetentionExtensions extensions,
			AssessmentAccess access) {
		this.followUps = followUps;
		this.appraisals = appraisals;
		this.closure = closure;
		this.extensions = extensions;
		this.access = access;
	}

	@InitBinder("plan")
	void planFields(WebDataBinder binder) {
		binder.setAllowedFields("number", "date", "time", "moment");
	}

	@InitBinder("self")
	void selfFields(WebDataBinder binder) {
		binder.setAllowedFields("progress", "learnt", "obstacles", "needs");
	}

	@InitBinder("record")
	void recordFields(WebDataBinder binder) {
		binder.setAllowedFields("record", "referralCode", "referralScheme", "referralNote");
	}

	@InitBinder("closing")
	void closingFields(WebDataBinder binder) {
		binder.setAllowedFields("note");
	}

	@InitBinder("extension")
	void extensionFields(WebDataBinder binder) {
		binder.setAllowedFields("agree", "months", "password");
	}

	// --- the worker ---

	@GetMapping("/worker/bilans/{id}/follow-up")
	String worker(@AuthenticationPrincipal CurrentUser worker, @PathVariable UUID id, Model model) {
		return workerPage(worker, new BilanId(id), new ExtensionForm(), FormErrors.none(), model);
	}

	private String workerPage(CurrentUser worker, BilanId id, ExtensionForm extension, FormErrors errors, Model model) {
		BilanSummary bilan = requireWorker(worker, id);
		model.addAttribute("bilan", bilan);
		model.addAttribute("appraisal", appraisals.status(worker, id));
		model.addAttribute("interviews", followUps.read(worker, id));
		model.addAttribute("referrals", followUps.referrals(worker, id));
		model.addAttribute("schemeNames", schemeNames(worker));
		model.addAttribute("closingNote", closure.read(worker, id).orElse(null));
		model.addAttribute("extensionOffered", extensions.offered(worker, bilan));
		model.addAttribute("extensionAgreed", extensions.of(worker, id).orElse(null));
		model.addAttribute("allowedMonths", extensions.allowedMonths(bilan));
		model.addAttribute("extension", extension);
		model.addAttribute("errors", errors);
		return "followup/worker";
	}

	@PostMapping("/worker/bilans/{id}/follow-up/{interview}/agree")
	String agree(@AuthenticationPrincipal CurrentUser worker, @PathVariable UUID id, @PathVariable UUID interview,
			RedirectAttributes redirect) {
		requireWorker(worker, new BilanId(id));
		return Outcome.of(() -> followUps.agree(worker, new BilanId(id), interview), "followup.done.agreed", workerBack(id), redirect);
	}

	@GetMapping("/worker/bilans/{id}/follow-up/{interview}/self-assessment")
	String selfForm(@AuthenticationPrincipal CurrentUser worker, @PathVariable UUID id, @PathVariable UUID interview, Model model) {
		Interview found = interviewOf(worker, new BilanId(id), interview);
		return selfPage(new BilanId(id), found, SelfAssessmentForm.of(found.selfAssessment()), FormErrors.none(), model);
	}

	@PostMapping("/worker/bilans/{id}/follow-up/{interview}/self-assessment")
	String selfSave(@AuthenticationPrincipal CurrentUser worker, @PathVariable UUID id, @PathVariable UUID interview,
			@Valid @ModelAttribute("self") SelfAssessmentForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		Interview found = interviewOf(worker, new BilanId(id), interview);
		if (result.hasErrors()) {
			return selfPage(new BilanId(id), found, form, FormErrors.of(result), model);
		}
		return Outcome.of(() -> followUps.selfAssess(worker, new BilanId(id), interview, form), "followup.done.selfAssessed",
				workerBack(id), redirect);
	}

	private String selfPage(BilanId id, Interview interview, SelfAssessmentForm form, FormErrors errors, Model model) {
		model.addAttribute("bilanId", id.value());
		model.addAttribute("interview", interview);
		model.addAttribute("self", form);
		model.addAttribute("errors", errors);
		return "followup/self-assessment";
	}

	@PostMapping("/worker/bilans/{id}/retention-extension")
	String extend(@AuthenticationPrincipal CurrentUser worker, @PathVariable UUID id,
			@Valid @ModelAttribute("extension") ExtensionForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		BilanId bilan = new BilanId(id);
		requireWorker(worker, bilan);
		if (result.hasErrors()) {
			form.setPassword("");
			return workerPage(worker, bilan, form, FormErrors.of(result), model);
		}
		return Outcome.of(() -> extensions.agree(worker, bilan, form.getMonths(), form.getPassword()), "followup.done.extended",
				workerBack(id), redirect);
	}

	// --- the counsellor ---

	@GetMapping("/counsellor/bilans/{id}/follow-up")
	String counsellor(@AuthenticationPrincipal CurrentUser counsellor, @PathVariable UUID id, Model model) {
		BilanId bilan = new BilanId(id);
		return counsellorPage(counsellor, bilan, new PlanForm(), new ClosingForm(), FormErrors.none(), model);
	}

	private String counsellorPage(CurrentUser counsellor, BilanId id, PlanForm plan, ClosingForm closing, FormErrors errors,
			Model model) {
		BilanSummary bilan = requireCounsellor(counsellor, id);
		List<Interview> interviews = followUps.read(counsellor, id);
		model.addAttribute("bilan", bilan);
		model.addAttribute("interviews", interviews);
		model.addAttribute("referrals", followUps.referrals(counsellor, id));
		model.addAttribute("schemeNames", schemeNames(counsellor));
		model.addAttribute("lexicon", followUps.lexicon());
		model.addAttribute("closingNote", closure.read(counsellor, id).orElse(null));
		model.addAttribute("plannable", FollowUpService.PLANNABLE.contains(bilan.state()) && bilan.followUpInterviews() > 0);
		model.addAttribute("recordable", bilan.state() == BilanState.FOLLOW_UP);
		model.addAttribute("closable", bilan.state() == BilanState.FOLLOW_UP
				|| (bilan.state() == BilanState.CONCLUSION && bilan.followUpInterviews() == 0));
		model.addAttribute("plan", plan);
		model.addAttribute("closing", closing);
		model.addAttribute("errors", errors);
		return "followup/counsellor";
	}

	@PostMapping("/counsellor/bilans/{id}/follow-up")
	String plan(@AuthenticationPrincipal CurrentUser counsellor, @PathVariable UUID id, @Valid @ModelAttribute("plan") PlanForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		BilanId bilan = new BilanId(id);
		requireCounsellor(counsellor, bilan);
		if (result.hasErrors()) {
			return counsellorPage(counsellor, bilan, form, new ClosingForm(), FormErrors.of(result), model);
		}
		return Outcome.of(() -> followUps.plan(counsellor, bilan, form), "followup.done.planned", counsellorBack(id), redirect);
	}

	@PostMapping("/counsellor/bilans/{id}/follow-up/{interview}/record")
	String record(@AuthenticationPrincipal CurrentUser counsellor, @PathVariable UUID id, @PathVariable UUID interview,
			@Valid @ModelAttribute("record") RecordForm form, BindingResult result, RedirectAttributes redirect) {
		BilanId bilan = new BilanId(id);
		requireCounsellor(counsellor, bilan);
		if (result.hasErrors()) {
			redirect.addFlashAttribute("problem", FormErrors.of(result).key(result.getFieldError().getField()));
			return "redirect:" + counsellorBack(id);
		}
		return Outcome.of(() -> followUps.record(counsellor, bilan, interview, form), "followup.done.recorded", counsellorBack(id),
				redirect);
	}

	@PostMapping("/counsellor/bilans/{id}/closure")
	String close(@AuthenticationPrincipal CurrentUser counsellor, @PathVariable UUID id,
			@Valid @ModelAttribute("closing") ClosingForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		BilanId bilan = new BilanId(id);
		requireCounsellor(counsellor, bilan);
		if (result.hasErrors()) {
			return counsellorPage(counsellor, bilan, new PlanForm(), form, FormErrors.of(result), model);
		}
		return Outcome.of(() -> closure.close(counsellor, bilan, form.getNote()), "followup.done.closed", "/counsellor/bilans/" + id,
				redirect);
	}

	private BilanSummary requireWorker(CurrentUser worker, BilanId id) {
		BilanSummary bilan = access.requireRelation(worker, id, Role.WORKER);
		followUps.requireReadable(worker, id);
		if (!bilan.state().isConducted()) {
			throw new BilanNotFound();
		}
		return bilan;
	}

	private BilanSummary requireCounsellor(CurrentUser counsellor, BilanId id) {
		BilanSummary bilan = access.requireRelation(counsellor, id, Role.COUNSELLOR);
		followUps.requireReadable(counsellor, id);
		if (!bilan.state().isConducted()) {
			throw new BilanNotFound();
		}
		return bilan;
	}

	private Interview interviewOf(CurrentUser worker, BilanId id, UUID interview) {
		BilanSummary bilan = requireWorker(worker, id);
		if (bilan.state().isFinal()) {
			throw new BilanNotFound();
		}
		return followUps.read(worker, id).stream().filter(found -> found.id().equals(interview)).findFirst()
				.orElseThrow(BilanNotFound::new);
	}

	/** The lexicon's scheme names in the reader's language, by code, to name a referral's scheme. */
	private java.util.Map<String, String> schemeNames(CurrentUser reader) {
		java.util.Map<String, String> names = new java.util.HashMap<>();
		followUps.lexicon().forEach(scheme -> names.put(scheme.code(), scheme.name(org.springframework.context.i18n.LocaleContextHolder.getLocale())));
		return names;
	}

	private static String workerBack(UUID id) {
		return "/worker/bilans/" + id + "/follow-up";
	}

	private static String counsellorBack(UUID id) {
		return "/counsellor/bilans/" + id + "/follow-up";
	}
}
