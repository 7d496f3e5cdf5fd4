package be.balise.organisation;

import be.balise.identity.FormMessages;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import be.balise.identity.AccountId;
import be.balise.identity.AccountService;
import be.balise.identity.CurrentUser;
import be.balise.identity.InvitationService;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The operator admin's home: their operator's profile, its counsellors, the invitations still open; they
 * invite, pause and resume counsellors. Another operator, or a counsellor of another operator, is a 404.
 */
@Controller
class OperatorHomeController {

	static final int DEFAULT_COUNSELLOR_CAPACITY = 10;
	static final int MAX_COUNSELLOR_CAPACITY = 200;

	private final Organisations organisations;
	private final InvitationService invitations;
	private final AccountService accounts;
	private final MessageSource messages;

	OperatorHomeController(Organisations organisations, InvitationService invitations, AccountService accounts,
			MessageSource messages) {
		this.organisations = organisations;
		this.invitations = invitations;
		this.accounts = accounts;
		this.messages = messages;
	}

	@GetMapping("/operator")
	String home(@AuthenticationPrincipal CurrentUser admin, Model model) {
		List<Operator> operators = organisations.operatorsOfAdmin(admin.id());
		model.addAttribute("operators", operators);
		model.addAttribute("counsellors", operators.stream()
				.collect(Collectors.toMap(Operator::id, operator -> organisations.counsellorsOf(operator.id()))));
		model.addAttribute("pending", invitations.pendingFor(operators.stream().map(operator -> operator.id().value()).toList()));
		model.addAttribute("self", admin.id());
		return "organisation/operator-home";
	}

	@GetMapping("/operator/{operatorId}/invitations/new")
	String inviteForm(@AuthenticationPrincipal CurrentUser admin, @PathVariable OperatorId operatorId, Model model) {
		Operator operator = administered(admin, operatorId);
		return InvitationForm.show(model, "organisation.invite.counsellor", "/operator/" + operator.id() + "/invitations",
				"/operator", operator.name(), "", LocaleContextHolder.getLocale().getLanguage(), true,
				String.valueOf(DEFAULT_COUNSELLOR_CAPACITY), operator.languages(), Map.of());
	}

	@PostMapping("/operator/{operatorId}/invitations")
	String inviteCounsellor(@AuthenticationPrincipal CurrentUser admin, @PathVariable OperatorId operatorId,
			@RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "fr") String language,
			@RequestParam(defaultValue = "") String capacity, @RequestParam(required = false) List<String> languages,
			Model model, RedirectAttributes redirect) {
		Operator operator = administered(admin, operatorId);
		var errors = new FormMessages(messages);
		var address = InvitationForm.email(errors, email);
		var parsedCapacity = Capacity.parse(capacity, MAX_COUNSELLOR_CAPACITY);
		Set<Language> chosen = Choices.of(languages, Language.class);
		if (parsedCapacity.isEmpty()) {
			errors.add("capacity", "organisation.form.capacity", MAX_COUNSELLOR_CAPACITY);
		}
		if (chosen.isEmpty()) {
			errors.add("languages", "organisation.form.chooseOne");
		}
		address.flatMap(a -> accounts.findByEmail(a.value()))
				.filter(existing -> organisations.operatorOfCounsellor(existing.id()).isPresent())
				.ifPresent(existing -> errors.add("email", "organisation.invite.alreadyCounsellor"));
		if (!errors.isEmpty()) {
			return InvitationForm.show(model, "organisation.invite.counsellor", "/operator/" + operator.id() + "/invitations",
					"/operator", operator.name(), email, language, true, capacity, chosen, errors.asMap());
		}
		organisations.inviteCounsellor(admin, operator, address.get(), InvitationForm.language(language),
				parsedCapacity.get(), chosen);
		redirect.addFlashAttribute("notice", "organisation.invite.sent");
		return "redirect:/operator";
	}

	@PostMapping("/operator/{operatorId}/counsellors/{accountId}/disable")
	String disable(@AuthenticationPrincipal CurrentUser admin, @PathVariable OperatorId operatorId,
			@PathVariable AccountId accountId, RedirectAttributes redirect) {
		Operator operator = administered(admin, operatorId);
		counsellorOf(operator, accountId);
		if (accountId.equals(admin.id())) {
			redirect.addFlashAttribute("notice", "organisation.operator.notYourself");
		} else {
			organisations.disableCounsellor(operator.id(), accountId);
			redirect.addFlashAttribute("notice", "organisation.operator.counsellorDisabled");
		}
		return "redirect:/operator";
	}

	@PostMapping("/operator/{operatorId}/counsellors/{accountId}/enable")
	String enable(@AuthenticationPrincipal CurrentUser admin, @PathVariable OperatorId operatorId,
			@PathVariable AccountId accountId, RedirectAttributes redirect) {
		Operator operator = administered(admin, operatorId);
		counsellorOf(operator, accountId);
		organisations.enableCounsellor(operator.id(), accountId);
		redirect.addFlashAttribute("notice", "organisation.operator.counsellorEnabled");
		return "redirect:/operator";
	}

	private Operator administered(CurrentUser admin, OperatorId id) {
		return organisations.findOperator(id).filter(operator -> organisations.isAdminOf(admin.id(), operator.id()))
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private void counsellorOf(Operator operator, AccountId counsellor) {
		if (!organisations.operatorOfCounsellor(counsellor).map(operator.id()::equals).orElse(false)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}
}
