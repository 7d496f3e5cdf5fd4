package be.balise.instruments;

import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import be.balise.assessment.BilanId;
import be.balise.assessment.BilanSummary;
import be.balise.identity.CurrentUser;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The skills portfolio, a page of the worker's and of the counsellor's space: experiences with the skills drawn from
 * them, read by experience or by skill. A refused form shows the page again with the message beside each field and
 * the typed values kept.
 */
@Controller
class PortfolioController {

	private static final String COUNSELLOR = "/counsellor/bilans/{id}/portfolio";
	private static final String WORKER = "/worker/bilans/{id}/portfolio";

	private final PortfolioService portfolio;

	PortfolioController(PortfolioService portfolio) {
		this.portfolio = portfolio;
	}

	@InitBinder("experienceForm")
	void experienceFields(WebDataBinder binder) {
		binder.setAllowedFields("kind", "title", "description", "startedOn", "endedOn");
	}

	@InitBinder("skillForm")
	void skillFields(WebDataBinder binder) {
		binder.setAllowedFields("experience", "name", "level", "nature", "transferable", "evidence");
	}

	@GetMapping({ COUNSELLOR, WORKER })
	String page(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestParam(defaultValue = "") String view,
			Locale locale, Model model, HttpServletRequest request) {
		return show(user, id, "skills".equals(view), new ExperienceForm(), FormErrors.none(), new SkillForm(),
				FormErrors.none(), locale, model, request);
	}

	@PostMapping({ COUNSELLOR + "/experiences", WORKER + "/experiences" })
	String addExperience(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @ModelAttribute("experienceForm") ExperienceForm form, BindingResult result, Locale locale, Model model,
			RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response) {
		portfolio.requireReadable(user, new BilanId(id));
		if (form.getStartedOn() != null && form.getEndedOn() != null && form.getEndedOn().isBefore(form.getStartedOn())) {
			result.rejectValue("endedOn", "order", "portfolio.error.endedOn");
		}
		if (result.hasErrors()) {
			response.setStatus(422);
			return show(user, id, false, form, FormErrors.of(result), new SkillForm(), FormErrors.none(), locale, model, request);
		}
		portfolio.addExperience(user, new BilanId(id), form);
		redirect.addFlashAttribute("flash", "portfolio.experience.added");
		return "redirect:" + base(request, id);
	}

	@PostMapping({ COUNSELLOR + "/skills", WORKER + "/skills" })
	String addSkill(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @ModelAttribute("skillForm") SkillForm form, BindingResult result, Locale locale, Model model,
			RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response) {
		portfolio.requireReadable(user, new BilanId(id));
		if (result.hasErrors()) {
			response.setStatus(422);
			return show(user, id, false, new ExperienceForm(), FormErrors.none(), form, FormErrors.of(result), locale, model, request);
		}
		portfolio.addSkill(user, new BilanId(id), form);
		redirect.addFlashAttribute("flash", "portfolio.skill.added");
		return "redirect:" + base(request, id) + "#experience-" + form.getExperience();
	}

	@PostMapping({ COUNSELLOR + "/experiences/{experience}/delete", WORKER + "/experiences/{experience}/delete" })
	String deleteExperience(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID experience,
			RedirectAttributes redirect, HttpServletRequest request) {
		boolean deleted = portfolio.deleteExperience(user, new BilanId(id), experience);
		redirect.addFlashAttribute(deleted ? "flash" : "problem", deleted ? "portfolio.experience.deleted" : "portfolio.error.gone");
		return "redirect:" + base(request, id);
	}

	@PostMapping({ COUNSELLOR + "/skills/{skill}/delete", WORKER + "/skills/{skill}/delete" })
	String deleteSkill(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID skill,
			RedirectAttributes redirect, HttpServletRequest request) {
		boolean deleted = portfolio.deleteSkill(user, new BilanId(id), skill);
		redirect.addFlashAttribute(deleted ? "flash" : "problem", deleted ? "portfolio.skill.deleted" : "portfolio.error.gone");
		return "redirect:" + base(request, id);
	}

	private String show(CurrentUser user, UUID id, boolean bySkill, ExperienceForm experienceForm, FormErrors experienceErrors,
			SkillForm skillForm, FormErrors skillErrors, Locale locale, Model model, HttpServletRequest request) {
		BilanSummary bilan = portfolio.requireReadable(user, new BilanId(id));
		var experiences = portfolio.experiences(user, new BilanId(id));
		boolean worker = request.getRequestURI().startsWith("/worker/");
		model.addAttribute("base", base(request, id));
		model.addAttribute("back", worker ? "/worker/bilans/" + id : "/counsellor/bilans/" + id);
		model.addAttribute("experiences", experiences);
		model.addAttribute("skills", PortfolioService.bySkill(experiences, locale));
		model.addAttribute("bySkill", bySkill);
		model.addAttribute("editable", portfolio.writable(user, bilan));
		model.addAttribute("experienceForm", experienceForm);
		model.addAttribute("experienceErrors", experienceErrors);
		model.addAttribute("skillForm", skillForm);
		model.addAttribute("skillErrors", skillErrors);
		return "instruments/portfolio";
	}

	private static String base(HttpServletRequest request, UUID id) {
		return (request.getRequestURI().startsWith("/worker/") ? "/worker" : "/counsellor") + "/bilans/" + id + "/portfolio";
	}
}
