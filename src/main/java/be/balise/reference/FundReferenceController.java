package be.balise.reference;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import be.balise.identity.CurrentUser;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Fund officers edit the reference content. Each save is a new version; a save made from a version that is no
 * longer current answers 409 with the saved version beside the text just typed, which stays in the form.
 */
@Controller
class FundReferenceController {

	private final ReferenceDocuments documents;
	private final Lexicon lexicon;

	FundReferenceController(ReferenceDocuments documents, Lexicon lexicon) {
		this.documents = documents;
		this.lexicon = lexicon;
	}

	@InitBinder("form")
	void onlyFormFields(WebDataBinder binder) {
		List<String> allowed = new ArrayList<>(List.of("version", "initiators", "resultsTo", "employerInvolved", "purpose"));
		ReferenceLanguages.ALL.forEach(language -> allowed.add("texts[" + language + "]*"));
		binder.setAllowedFields(allowed.toArray(String[]::new));
	}

	@GetMapping("/fund/reference/{kind}/edit")
	String edit(@PathVariable String kind, Model model) {
		DocumentKind documentKind = ReferenceController.kindOf(kind);
		return documentPage(model, documentKind, DocumentForm.of(documents.current(documentKind)), FormErrors.none(), null);
	}

	@PostMapping("/fund/reference/{kind}")
	String save(@AuthenticationPrincipal CurrentUser officer, @PathVariable String kind,
			@Valid @ModelAttribute("form") DocumentForm form, BindingResult result, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		DocumentKind documentKind = ReferenceController.kindOf(kind);
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return documentPage(model, documentKind, form, FormErrors.of(result), null);
		}
		SaveOutcome outcome = documents.save(officer, documentKind, form.getVersion(), form.stripped());
		if (outcome instanceof SaveOutcome.Conflict conflict) {
			response.setStatus(HttpStatus.CONFLICT.value());
			ReferenceDocument current = documents.version(documentKind, conflict.currentVersion()).orElseThrow();
			form.setVersion(current.version());
			return documentPage(model, documentKind, form, FormErrors.none(), current);
		}
		redirect.addFlashAttribute("flash", "reference.saved");
		return "redirect:/reference/" + documentKind.slug();
	}

	@GetMapping("/fund/reference/schemes/{code}/edit")
	String editScheme(@PathVariable String code, Model model) {
		LexiconScheme scheme = lexicon.find(code).orElseThrow(ReferenceNotFound::new);
		return schemePage(model, scheme, SchemeForm.of(scheme), FormErrors.none(), null);
	}

	@PostMapping("/fund/reference/schemes/{code}")
	String saveScheme(@AuthenticationPrincipal CurrentUser officer, @PathVariable String code,
			@Valid @ModelAttribute("form") SchemeForm form, BindingResult result, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		LexiconScheme scheme = lexicon.find(code).orElseThrow(ReferenceNotFound::new);
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return schemePage(model, scheme, form, FormErrors.of(result), null);
		}
		SaveOutcome outcome = lexicon.save(officer, code, form.getVersion(), form.getInitiators(), form.getResultsTo(),
				form.isEmployerInvolved(), form.getPurpose(), form.lexiconTexts());
		if (outcome instanceof SaveOutcome.Conflict) {
			response.setStatus(HttpStatus.CONFLICT.value());
			LexiconScheme current = lexicon.find(code).orElseThrow();
			form.setVersion(current.version());
			return schemePage(model, current, form, FormErrors.none(), current);
		}
		redirect.addFlashAttribute("flash", "reference.saved");
		return "redirect:/reference/schemes/" + code;
	}

	private String documentPage(Model model, DocumentKind kind, DocumentForm form, FormErrors errors,
			ReferenceDocument conflict) {
		model.addAttribute("kind", kind);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("conflict", conflict);
		return "reference/edit-document";
	}

	private String schemePage(Model model, LexiconScheme scheme, SchemeForm form, FormErrors errors, LexiconScheme conflict) {
		model.addAttribute("scheme", scheme);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("conflict", conflict);
		return "reference/edit-scheme";
	}
}
