package be.balise.organisation;

import be.balise.identity.FormMessages;
import java.util.Map;
import java.util.Set;

import be.balise.identity.CurrentUser;
import be.balise.identity.InvitationService;
import be.balise.identity.Role;
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

/** The platform admin invites the officers of a fund and the admins of an operator. */
@Controller
class StaffInvitationController {

	private final Organisations organisations;
	private final InvitationService invitations;
	private final MessageSource messages;

	StaffInvitationController(Organisations organisations, InvitationService invitations, MessageSource messages) {
		this.organisations = organisations;
		this.invitations = invitations;
		this.messages = messages;
	}

	@GetMapping("/admin/funds/{fundId}/invitations/new")
	String fundForm(@PathVariable FundId fundId, Model model) {
		Fund fund = fund(fundId);
		return InvitationForm.show(model, "organisation.invite.fundOfficer", "/admin/funds/" + fund.id() + "/invitations",
				"/admin", fund.name(), "", LocaleContextHolder.getLocale().getLanguage(), false, "", Set.of(), Map.of());
	}

	@PostMapping("/admin/funds/{fundId}/invitations")
	String inviteFundOfficer(@AuthenticationPrincipal CurrentUser admin, @PathVariable FundId fundId,
			@RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "fr") String language, Model model,
			RedirectAttributes redirect) {
		Fund fund = fund(fundId);
		var errors = new FormMessages(messages);
		var address = InvitationForm.email(errors, email);
		if (address.isEmpty()) {
			return InvitationForm.show(model, "organisation.invite.fundOfficer", "/admin/funds/" + fund.id() + "/invitations",
					"/admin", fund.name(), email, language, false, "", Set.of(), errors.asMap());
		}
		invitations.invite(admin, address.get(), Role.FUND_OFFICER, fund.id().value(), fund.name(),
				InvitationForm.language(language));
		redirect.addFlashAttribute("notice", "organisation.invite.sent");
		return "redirect:/admin";
	}

	@GetMapping("/admin/operators/{operatorId}/invitations/new")
	String operatorForm(@PathVariable OperatorId operatorId, Model model) {
		Operator operator = operator(operatorId);
		return InvitationForm.show(model, "organisation.invite.operatorAdmin",
				"/admin/operators/" + operator.id() + "/invitations", "/admin", operator.name(), "",
				LocaleContextHolder.getLocale().getLanguage(), false, "", Set.of(), Map.of());
	}

	@PostMapping("/admin/operators/{operatorId}/invitations")
	String inviteOperatorAdmin(@AuthenticationPrincipal CurrentUser admin, @PathVariable OperatorId operatorId,
			@RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "fr") String language, Model model,
			RedirectAttributes redirect) {
		Operator operator = operator(operatorId);
		var errors = new FormMessages(messages);
		var address = InvitationForm.email(errors, email);
		if (address.isEmpty()) {
			return InvitationForm.show(model, "organisation.invite.operatorAdmin",
					"/admin/operators/" + operator.id() + "/invitations", "/admin", operator.name(), email, language, false,
					"", Set.of(), errors.asMap());
		}
		invitations.invite(admin, address.get(), Role.OPERATOR_ADMIN, operator.id().value(), operator.name(),
				InvitationForm.language(language));
		redirect.addFlashAttribute("notice", "organisation.invite.sent");
		return "redirect:/admin";
	}

	private Fund fund(FundId id) {
		return organisations.findFund(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private Operator operator(OperatorId id) {
		return organisations.findOperator(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}
}
