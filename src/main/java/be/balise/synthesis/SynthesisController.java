package be.balise.synthesis;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import be.balise.assessment.BilanId;
import be.balise.assessment.BilanNotFound;
import be.balise.assessment.BilanSummary;
import be.balise.files.Downloads;
import be.balise.identity.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
 * The synthesis page of the worker and of the counsellor (one handler per action serves both routes): read, draft,
 * amend, comment, validate, compare versions, keep the action plan; the worker downloads the final PDF.
 */
@Controller
class SynthesisController {

	private static final String COUNSELLOR = SynthesisRoutes.COUNSELLOR_BASE;
	private static final String WORKER = SynthesisRoutes.WORKER_BASE;

	private final SynthesisService synthesis;
	private final SynthesisPdf pdf;

	SynthesisController(SynthesisService synthesis, SynthesisPdf pdf) {
		this.synthesis = synthesis;
		this.pdf = pdf;
	}

	@InitBinder("action")
	void onlyActionFields(WebDataBinder binder) {
		binder.setAllowedFields(ActionForm.FIELDS);
	}

	@GetMapping({ COUNSELLOR, WORKER })
	String page(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model, HttpServletRequest request) {
		String space = space(request);
		SynthesisService.View view = synthesis.view(user, new BilanId(id));
		model.addAttribute("view", view);
		model.addAttribute("space", space);
		model.addAttribute("choices", "worker".equals(space) && !view.bilan().state().isFinal()
				? synthesis.instrumentChoices(user, new BilanId(id), user.locale()) : java.util.List.of());
		return "synthesis/page";
	}

	@PostMapping(COUNSELLOR)
	String start(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
		synthesis.start(user, new BilanId(id));
		redirect.addFlashAttribute("flash", "synthesis.flash.started");
		return "redirect:/counsellor/bilans/" + id + "/synthesis";
	}

	@PostMapping(COUNSELLOR + "/prefill")
	String refill(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
		boolean filled = synthesis.refill(user, new BilanId(id));
		redirect.addFlashAttribute("flash", filled ? "synthesis.flash.refilled" : "synthesis.flash.nothingToFill");
		return "redirect:/counsellor/bilans/" + id + "/synthesis#edit";
	}

	@PostMapping({ COUNSELLOR + "/sections", WORKER + "/sections" })
	String save(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestParam int base,
			@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect, HttpServletRequest request,
			HttpServletResponse response) {
		String space = space(request);
		Map<Section, String> typed = new EnumMap<>(Section.class);
		for (Section section : Section.values()) {
			String text = params.getOrDefault(section.field(), "");
			if (text.length() > SynthesisService.MAX_TEXT) {
				redirect.addFlashAttribute("problem", "synthesis.error.textLength");
				return back(space, id, "");
			}
			typed.put(section, text);
		}
		SaveOutcome outcome = synthesis.save(user, new BilanId(id), base, typed);
		if (outcome instanceof SaveOutcome.Conflict conflict) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("conflict", conflict);
			model.addAttribute("space", space);
			model.addAttribute("bilanId", id);
			return "synthesis/conflict";
		}
		redirect.addFlashAttribute("flash", outcome instanceof SaveOutcome.Saved ? "synthesis.flash.saved" : "synthesis.flash.unchanged");
		return back(space, id, "");
	}

	@PostMapping({ COUNSELLOR + "/comments", WORKER + "/comments" })
	String comment(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestParam String section,
			@RequestParam(defaultValue = "") String text, RedirectAttributes redirect, HttpServletRequest request) {
		Section target = section(section);
		if (text.isBlank() || text.length() > SynthesisService.MAX_TEXT) {
			redirect.addFlashAttribute("problem", "synthesis.error.commentRequired");
		} else {
			synthesis.comment(user, new BilanId(id), target, text);
			redirect.addFlashAttribute("flash", "synthesis.flash.commented");
		}
		return back(space(request), id, "#" + target.field());
	}

	@PostMapping({ COUNSELLOR + "/validate", WORKER + "/validate" })
	String validate(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestParam int number,
			RedirectAttributes redirect, HttpServletRequest request) {
		boolean done = synthesis.validate(user, new BilanId(id), number);
		redirect.addFlashAttribute(done ? "flash" : "problem", done ? "synthesis.flash.validated" : "synthesis.error.newerVersion");
		return back(space(request), id, "");
	}

	@GetMapping({ COUNSELLOR + "/versions", WORKER + "/versions" })
	String versions(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestParam Optional<Integer> from,
			@RequestParam Optional<Integer> to, Model model, HttpServletRequest request) {
		SynthesisService.View view = synthesis.view(user, new BilanId(id));
		model.addAttribute("view", view);
		model.addAttribute("space", space(request));
		if (from.isPresent() && to.isPresent()) {
			model.addAttribute("from", from.get());
			model.addAttribute("to", to.get());
			model.addAttribute("diff", synthesis.compare(user, new BilanId(id), from.get(), to.get()));
		} else {
			model.addAttribute("from", 0);
			model.addAttribute("to", 0);
			model.addAttribute("diff", Map.of());
		}
		return "synthesis/versions";
	}

	@PostMapping({ COUNSELLOR + "/actions", WORKER + "/actions" })
	String addAction(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @ModelAttribute("action") ActionForm form, BindingResult result, RedirectAttributes redirect,
			HttpServletRequest request) {
		if (result.hasErrors()) {
			redirect.addFlashAttribute("problem", result.getAllErrors().get(0).getDefaultMessage());
		} else {
			synthesis.addAction(user, new BilanId(id), form);
			redirect.addFlashAttribute("flash", "synthesis.flash.actionAdded");
		}
		return back(space(request), id, "#action_plan");
	}

	@PostMapping({ COUNSELLOR + "/actions/{action}", WORKER + "/actions/{action}" })
	String editAction(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable("action") UUID action,
			@Valid @ModelAttribute("action") ActionForm form, BindingResult result, Model model, RedirectAttributes redirect,
			HttpServletRequest request, HttpServletResponse response) {
		String space = space(request);
		if (result.hasErrors()) {
			redirect.addFlashAttribute("problem", result.getAllErrors().get(0).getDefaultMessage());
			return back(space, id, "#action_plan");
		}
		if (!synthesis.editAction(user, new BilanId(id), action, form)) {
			response.setStatus(HttpStatus.CONFLICT.value());
			SynthesisService.View view = synthesis.view(user, new BilanId(id));
			ActionItem current = view.actions().stream().filter(item -> item.id().equals(action)).findFirst()
					.orElseThrow(BilanNotFound::new);
			model.addAttribute("current", current);
			model.addAttribute("yours", form);
			model.addAttribute("space", space);
			model.addAttribute("bilanId", id);
			return "synthesis/action-conflict";
		}
		redirect.addFlashAttribute("flash", "synthesis.flash.actionSaved");
		return back(space, id, "#action_plan");
	}

	@PostMapping({ COUNSELLOR + "/actions/{action}/remove", WORKER + "/actions/{action}/remove" })
	String removeAction(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable("action") UUID action,
			RedirectAttributes redirect, HttpServletRequest request) {
		synthesis.removeAction(user, new BilanId(id), action);
		redirect.addFlashAttribute("flash", "synthesis.flash.actionRemoved");
		return back(space(request), id, "#action_plan");
	}

	@PostMapping(WORKER + "/actions/{action}/status")
	String status(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable("action") UUID action,
			@RequestParam ActionStatus status, RedirectAttributes redirect) {
		synthesis.setStatus(user, new BilanId(id), action, status);
		redirect.addFlashAttribute("flash", "synthesis.flash.statusSaved");
		return back("worker", id, "#action_plan");
	}

	@PostMapping(WORKER + "/instruments")
	String choose(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestParam UUID assignment,
			@RequestParam boolean included, RedirectAttributes redirect) {
		synthesis.choose(user, new BilanId(id), assignment, included);
		redirect.addFlashAttribute("flash", included ? "synthesis.flash.included" : "synthesis.flash.excluded");
		return back("worker", id, "#instruments");
	}

	@GetMapping(WORKER + "/pdf")
	ResponseEntity<byte[]> download(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
		BilanId bilan = new BilanId(id);
		Revision revision = synthesis.finalRevision(user, bilan).orElseThrow(BilanNotFound::new);
		BilanSummary summary = synthesis.requireReadable(user, bilan);
		Document document = pdf.document(revision, synthesis.actionsOf(bilan), summary.workerId(), summary.counsellorId(),
				summary.schemeId());
		return Downloads.attachment(pdf.fileName(document), MediaType.APPLICATION_PDF, pdf.render(document));
	}

	static Section section(String field) {
		try {
			return Section.ofField(field);
		} catch (IllegalArgumentException unknown) {
			throw new BilanNotFound();
		}
	}

	private static String space(HttpServletRequest request) {
		return request.getRequestURI().startsWith("/worker/") ? "worker" : "counsellor";
	}

	private static String back(String space, UUID id, String anchor) {
		return "redirect:/" + space + "/bilans/" + id + "/synthesis" + anchor;
	}
}
