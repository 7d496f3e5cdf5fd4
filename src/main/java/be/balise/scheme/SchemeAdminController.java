package be.balise.scheme;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import be.balise.identity.CurrentUser;
import be.balise.identity.FormMessages;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The fund officer's schemes: the list, one version, a new scheme, and a new version made from the current one. */
@Controller
class SchemeAdminController {

	private static final String[] FIELDS = { "nameFr", "nameNl", "nameEn", "audienceFr", "audienceNl", "audienceEn",
			"conventionParties", "followUpInterviews", "signingDeadlineDays", "maxHours", "retentionMonths",
			"extensionMonths", "appraisalQuestionnaire", "jointCommittees", "statuses", "minExperienceYears",
			"residenceRegions", "minYearsSinceLast", "budgetPeriodYears", "budgetHours*", "budgetDocuments*",
			"durationMonths", "paysBasis", "paysAmount" };

	private final SchemeAdministration administration;
	private final MessageSource messages;

	SchemeAdminController(SchemeAdministration administration, MessageSource messages) {
		this.administration = administration;
		this.messages = messages;
	}

	@InitBinder("form")
	void onlyFormFields(WebDataBinder binder) {
		binder.setAllowedFields(FIELDS);
		binder.setAutoGrowCollectionLimit(SchemeForm.BUDGET_PARTS);
	}

	@GetMapping("/fund/schemes")
	String list(@AuthenticationPrincipal CurrentUser officer, Model model) {
		model.addAttribute("schemes", administration.current(officer));
		return "scheme/list";
	}

	@GetMapping("/fund/schemes/{id}")
	String show(@AuthenticationPrincipal CurrentUser officer, @PathVariable UUID id, Model model) {
		SchemeId scheme = new SchemeId(id);
		model.addAttribute("scheme", administration.find(officer, scheme));
		model.addAttribute("rules", SchemeForm.of(administration.find(officer, scheme), administration.rulesOf(officer, scheme)));
		model.addAttribute("versions", administration.versionsOf(officer, scheme));
		model.addAttribute("current", administration.isCurrent(scheme));
		return "scheme/show";
	}

	@GetMapping("/fund/schemes/new")
	String newScheme(@AuthenticationPrincipal CurrentUser officer, Model model) {
		return form(officer, model, new SchemeForm(), Map.of(), null, null);
	}

	@PostMapping("/fund/schemes")
	String create(@AuthenticationPrincipal CurrentUser officer, @RequestParam(required = false) UUID fundId,
			@ModelAttribute("form") SchemeForm form, Model model, RedirectAttributes redirect) {
		var funds = administration.fundsOf(officer);
		UUID fund = fundId != null ? fundId : funds.isEmpty() ? null : funds.get(0).id().value();
		var errors = errors(form);
		if (fund == null || funds.stream().noneMatch(f -> f.id().value().equals(fund))) {
			errors.add("fundId", "scheme.form.error.fund");
		}
		if (!errors.isEmpty()) {
			return form(officer, model, form, errors.asMap(), null, fund);
		}
		SchemeId created = administration.create(officer, fund, form);
		redirect.addFlashAttribute("flash", "scheme.saved.created");
		return "redirect:/fund/schemes/" + created;
	}

	@GetMapping("/fund/schemes/{id}/edit")
	String edit(@AuthenticationPrincipal CurrentUser officer, @PathVariable UUID id, Model model,
			RedirectAttributes redirect) {
		SchemeId scheme = new SchemeId(id);
		Scheme version = administration.find(officer, scheme);
		if (!administration.isCurrent(scheme)) {
			redirect.addFlashAttribute("problem", "scheme.edit.notCurrent");
			return "redirect:/fund/schemes/" + id;
		}
		return form(officer, model, SchemeForm.of(version, administration.rulesOf(officer, scheme)), Map.of(), version, null);
	}

	@PostMapping("/fund/schemes/{id}")
	String saveVersion(@AuthenticationPrincipal CurrentUser officer, @PathVariable UUID id,
			@ModelAttribute("form") SchemeForm form, Model model, RedirectAttributes redirect) {
		SchemeId scheme = new SchemeId(id);
		Scheme version = administration.find(officer, scheme);
		var errors = errors(form);
		if (!errors.isEmpty()) {
			return form(officer, model, form, errors.asMap(), version, null);
		}
		try {
			SchemeId saved = administration.newVersion(officer, scheme, form);
			redirect.addFlashAttribute("flash", "scheme.saved.version");
			return "redirect:/fund/schemes/" + saved;
		} catch (SchemeAdministration.StaleVersion stale) {
			model.addAttribute("problem", "scheme.edit.notCurrent");
			return form(officer, model, form, Map.of(), version, null);
		}
	}

	private FormMessages errors(SchemeForm form) {
		var errors = new FormMessages(messages);
		form.validate().forEach((field, error) -> errors.add(field, error.key(), error.args().toArray()));
		return errors;
	}

	private String form(CurrentUser officer, Model model, SchemeForm form, Map<String, List<String>> errors,
			Scheme editing, UUID fund) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("editing", editing);
		model.addAttribute("funds", administration.fundsOf(officer));
		model.addAttribute("fundId", fund);
		return "scheme/form";
	}
}
