package be.balise.organisation;

import be.balise.identity.FormMessages;
import java.util.List;
import java.util.Map;
import java.util.Set;

import be.balise.identity.EmailAddress;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The platform admin creates funds and operators. */
@Controller
class OrganisationFormController {

	static final int MAX_NAME = 200;
	static final int MAX_SHORT_NAME = 40;
	static final int MAX_PHONE = 40;
	static final int MAX_CAPACITY = 100_000;

	private final Organisations organisations;
	private final MessageSource messages;

	OrganisationFormController(Organisations organisations, MessageSource messages) {
		this.organisations = organisations;
		this.messages = messages;
	}

	@GetMapping("/admin/funds/new")
	String newFund(Model model) {
		return fundForm(model, "", "", Map.of());
	}

	@PostMapping("/admin/funds")
	String createFund(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String shortName,
			Model model, RedirectAttributes redirect) {
		var errors = new FormMessages(messages);
		requireText(errors, "name", name, MAX_NAME);
		requireText(errors, "shortName", shortName, MAX_SHORT_NAME);
		if (errors.isEmpty() && organisations.fundNameTaken(name)) {
			errors.add("name", "organisation.form.nameTaken");
		}
		if (!errors.isEmpty()) {
			return fundForm(model, name, shortName, errors.asMap());
		}
		organisations.createFund(name, shortName);
		redirect.addFlashAttribute("notice", "organisation.admin.fundCreated");
		return "redirect:/admin";
	}

	@GetMapping("/admin/operators/new")
	String newOperator(Model model) {
		return operatorForm(model, new OperatorProfile("", Set.of(), Set.of(), Set.of(), 20, "", ""), "20", Map.of());
	}

	@PostMapping("/admin/operators")
	String createOperator(@RequestParam(defaultValue = "") String name,
			@RequestParam(required = false) List<String> regions, @RequestParam(required = false) List<String> languages,
			@RequestParam(required = false) List<String> modalities, @RequestParam(defaultValue = "") String capacity,
			@RequestParam(defaultValue = "") String contactEmail, @RequestParam(defaultValue = "") String contactPhone,
			Model model, RedirectAttributes redirect) {
		var errors = new FormMessages(messages);
		requireText(errors, "name", name, MAX_NAME);
		var profile = new OperatorProfile(name.strip(), Choices.of(regions, Region.class), Choices.of(languages, Language.class),
				Choices.of(modalities, Modality.class), Capacity.parse(capacity, MAX_CAPACITY).orElse(-1),
				EmailAddress.parse(contactEmail).map(EmailAddress::value).orElse(contactEmail.strip()), contactPhone.strip());
		if (profile.regions().isEmpty()) {
			errors.add("regions", "organisation.form.chooseOne");
		}
		if (profile.languages().isEmpty()) {
			errors.add("languages", "organisation.form.chooseOne");
		}
		if (profile.modalities().isEmpty()) {
			errors.add("modalities", "organisation.form.chooseOne");
		}
		if (profile.capacity() < 0) {
			errors.add("capacity", "organisation.form.capacity", MAX_CAPACITY);
		}
		if (EmailAddress.parse(contactEmail).isEmpty()) {
			errors.add("contactEmail", "identity.email.invalid");
		}
		if (!contactPhone.strip().matches("[0-9 +()./-]{0," + MAX_PHONE + "}")) {
			errors.add("contactPhone", "organisation.form.phone");
		}
		if (errors.isEmpty() && organisations.operatorNameTaken(name)) {
			errors.add("name", "organisation.form.nameTaken");
		}
		if (!errors.isEmpty()) {
			return operatorForm(model, profile, capacity, errors.asMap());
		}
		organisations.createOperator(profile);
		redirect.addFlashAttribute("notice", "organisation.admin.operatorCreated");
		return "redirect:/admin";
	}

	private void requireText(FormMessages errors, String field, String value, int max) {
		String stripped = value.strip();
		if (stripped.isEmpty() || stripped.length() > max) {
			errors.add(field, "organisation.form.required", max);
		}
	}

	private static String fundForm(Model model, String name, String shortName, Map<String, List<String>> errors) {
		model.addAttribute("name", name);
		model.addAttribute("shortName", shortName);
		model.addAttribute("errors", errors);
		return "organisation/fund-form";
	}

	private static String operatorForm(Model model, OperatorProfile profile, String capacity, Map<String, List<String>> errors) {
		model.addAttribute("profile", profile);
		model.addAttribute("capacity", capacity);
		model.addAttribute("errors", errors);
		return "organisation/operator-form";
	}
}
