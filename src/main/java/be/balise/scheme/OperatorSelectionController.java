package be.balise.scheme;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import be.balise.identity.CurrentUser;
import be.balise.identity.FormMessages;
import be.balise.organisation.Operator;
import be.balise.organisation.Organisations;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The fund officer chooses which operators workers may pick under a scheme, and for which days. */
@Controller
class OperatorSelectionController {

	private final SchemeAdministration administration;
	private final Organisations organisations;
	private final MessageSource messages;

	OperatorSelectionController(SchemeAdministration administration, Organisations organisations, MessageSource messages) {
		this.administration = administration;
		this.organisations = organisations;
		this.messages = messages;
	}

	@GetMapping("/fund/schemes/{id}/operators")
	String page(@AuthenticationPrincipal CurrentUser officer, @PathVariable UUID id, Model model) {
		return page(officer, id, model, "", administration.today().toString(), "", Map.of());
	}

	@PostMapping("/fund/schemes/{id}/operators")
	String select(@AuthenticationPrincipal CurrentUser officer, @PathVariable UUID id,
			@RequestParam(defaultValue = "") String operator, @RequestParam(defaultValue = "") String from,
			@RequestParam(defaultValue = "") String to, Model model, RedirectAttributes redirect) {
		SchemeId scheme = new SchemeId(id);
		administration.find(officer, scheme);
		var errors = new FormMessages(messages);
		UUID operatorId = parseUuid(operator);
		if (operatorId == null || organisations.findOperator(new be.balise.organisation.OperatorId(operatorId)).isEmpty()) {
			errors.add("operator", "scheme.operators.error.operator");
		}
		LocalDate start = parseDate(from);
		LocalDate end = to.isBlank() ? null : parseDate(to);
		if (start == null) {
			errors.add("from", "scheme.operators.error.date");
		}
		if (!to.isBlank() && end == null) {
			errors.add("to", "scheme.operators.error.date");
		} else if (start != null && end != null && end.isBefore(start)) {
			errors.add("to", "scheme.operators.error.order");
		} else if (end != null && end.isBefore(administration.today())) {
			errors.add("to", "scheme.operators.error.past");
		}
		if (!errors.isEmpty()) {
			return page(officer, id, model, operator, from, to, errors.asMap());
		}
		administration.select(officer, scheme, operatorId, start, end);
		redirect.addFlashAttribute("flash", "scheme.operators.selected");
		return "redirect:/fund/schemes/" + id + "/operators";
	}

	@PostMapping("/fund/schemes/{id}/operators/{selection}/end")
	String end(@AuthenticationPrincipal CurrentUser officer, @PathVariable UUID id, @PathVariable UUID selection,
			RedirectAttributes redirect) {
		boolean ended = administration.endSelection(officer, new SchemeId(id), selection);
		redirect.addFlashAttribute(ended ? "flash" : "problem", ended ? "scheme.operators.ended" : "scheme.operators.notEnded");
		return "redirect:/fund/schemes/" + id + "/operators";
	}

	private String page(CurrentUser officer, UUID id, Model model, String operator, String from, String to,
			Map<String, List<String>> errors) {
		SchemeId scheme = new SchemeId(id);
		model.addAttribute("scheme", administration.find(officer, scheme));
		List<Operator> operators = organisations.listOperators();
		model.addAttribute("operators", operators);
		model.addAttribute("selections", administration.selections(officer, scheme));
		model.addAttribute("today", administration.today());
		model.addAttribute("operator", operator);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		model.addAttribute("errors", errors);
		return "scheme/operators";
	}

	private static UUID parseUuid(String value) {
		try {
			return UUID.fromString(value.strip());
		} catch (IllegalArgumentException e) {
			return null;
		}
	}

	private static LocalDate parseDate(String value) {
		try {
			return LocalDate.parse(value.strip());
		} catch (DateTimeParseException e) {
			return null;
		}
	}
}
