package be.balise.instruments;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import be.balise.assessment.BilanId;
import be.balise.assessment.BilanSummary;
import be.balise.files.UploadRefusedException;
import be.balise.identity.CurrentUser;
import be.balise.web.FormErrors;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * External tests, a page of the counsellor's space (record, reading, removal) and of the worker's (reading and the
 * report). A refused form or report shows the page again with the message and the typed values kept.
 */
@Controller
class ExternalTestController {

	private static final String COUNSELLOR = "/counsellor/bilans/{id}/external-tests";
	private static final String WORKER = "/worker/bilans/{id}/external-tests";

	private final ExternalTestService tests;

	ExternalTestController(ExternalTestService tests) {
		this.tests = tests;
	}

	@InitBinder("form")
	void formFields(WebDataBinder binder) {
		binder.setAllowedFields("name", "publisher", "testVersion", "takenOn", "administrator", "scores");
	}

	@GetMapping({ COUNSELLOR, WORKER })
	String page(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model, HttpServletRequest request) {
		return show(user, id, new ExternalTestForm(), FormErrors.none(), null, model, request);
	}

	@PostMapping(COUNSELLOR)
	String add(@AuthenticationPrincipal CurrentUser counsellor, @PathVariable UUID id,
			@Valid @ModelAttribute("form") ExternalTestForm form, BindingResult result,
			@RequestParam(name = "report", required = false) MultipartFile report, Model model, RedirectAttributes redirect,
			HttpServletRequest request, HttpServletResponse response) {
		tests.requireReadable(counsellor, new BilanId(id));
		if (result.hasErrors()) {
			response.setStatus(422);
			return show(counsellor, id, form, FormErrors.of(result), null, model, request);
		}
		try {
			boolean withReport = report != null && !report.isEmpty();
			tests.add(counsellor, new BilanId(id), form, withReport ? report.getOriginalFilename() : null,
					withReport ? report.getInputStream() : null);
		} catch (UploadRefusedException refusal) {
			response.setStatus(422);
			return show(counsellor, id, form, FormErrors.none(), refusal, model, request);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		redirect.addFlashAttribute("flash", "externalTests.added");
		return "redirect:/counsellor/bilans/" + id + "/external-tests";
	}

	@PostMapping(COUNSELLOR + "/{test}/reading")
	String reading(@AuthenticationPrincipal CurrentUser counsellor, @PathVariable UUID id, @PathVariable UUID test,
			@RequestParam(defaultValue = "") String text, RedirectAttributes redirect) {
		boolean saved = text.length() <= 20_000 && tests.writeReading(counsellor, new BilanId(id), test, text);
		redirect.addFlashAttribute(saved ? "flash" : "problem", saved ? "instruments.saved" : "externalTests.error.reading");
		return "redirect:/counsellor/bilans/" + id + "/external-tests#test-" + test;
	}

	@PostMapping(COUNSELLOR + "/{test}/delete")
	String delete(@AuthenticationPrincipal CurrentUser counsellor, @PathVariable UUID id, @PathVariable UUID test,
			RedirectAttributes redirect) {
		boolean deleted = tests.delete(counsellor, new BilanId(id), test);
		redirect.addFlashAttribute(deleted ? "flash" : "problem", deleted ? "externalTests.deleted" : "portfolio.error.gone");
		return "redirect:/counsellor/bilans/" + id + "/external-tests";
	}

	@GetMapping({ COUNSELLOR + "/{test}/report", WORKER + "/{test}/report" })
	ResponseEntity<byte[]> report(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID test) {
		return tests.report(user, new BilanId(id), test).asAttachment();
	}

	private String show(CurrentUser user, UUID id, ExternalTestForm form, FormErrors errors, UploadRefusedException refusal,
			Model model, HttpServletRequest request) {
		BilanSummary bilan = tests.requireReadable(user, new BilanId(id));
		boolean worker = request.getRequestURI().startsWith("/worker/");
		String side = worker ? "/worker/bilans/" + id : "/counsellor/bilans/" + id;
		model.addAttribute("base", side + "/external-tests");
		model.addAttribute("back", side);
		model.addAttribute("tests", tests.list(user, new BilanId(id)));
		model.addAttribute("editable", !worker && tests.editable(user, bilan));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("refusal", refusal);
		return "instruments/external-tests";
	}
}
