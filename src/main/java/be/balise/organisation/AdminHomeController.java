package be.balise.organisation;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import be.balise.identity.AccountId;
import be.balise.identity.AccountService;
import be.balise.identity.AccountSummary;
import be.balise.identity.InvitationService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The platform admin's home: every fund and operator with the people who run them and the invitations
 * still open, in a fixed number of queries however many there are.
 */
@Controller
class AdminHomeController {

	private final Organisations organisations;
	private final AccountService accounts;
	private final InvitationService invitations;

	AdminHomeController(Organisations organisations, AccountService accounts, InvitationService invitations) {
		this.organisations = organisations;
		this.accounts = accounts;
		this.invitations = invitations;
	}

	@GetMapping("/admin")
	String home(Model model) {
		List<Fund> funds = organisations.listFunds();
		List<Operator> operators = organisations.listOperators();
		Map<FundId, List<AccountId>> officers = organisations.officersByFund();
		Map<OperatorId, List<AccountId>> admins = organisations.adminsByOperator();
		Map<AccountId, AccountSummary> people = accounts.summaries(Stream.concat(officers.values().stream(),
				admins.values().stream()).flatMap(Collection::stream).toList()).stream()
				.collect(Collectors.toMap(AccountSummary::id, Function.identity()));
		List<UUID> scopes = Stream.concat(funds.stream().map(fund -> fund.id().value()),
				operators.stream().map(operator -> operator.id().value())).toList();

		model.addAttribute("funds", funds);
		model.addAttribute("operators", operators);
		model.addAttribute("fundOfficers", named(officers, people));
		model.addAttribute("operatorAdmins", named(admins, people));
		model.addAttribute("pending", invitations.pendingFor(scopes));
		return "organisation/admin-home";
	}

	private static <K> Map<K, List<AccountSummary>> named(Map<K, List<AccountId>> members, Map<AccountId, AccountSummary> people) {
		return members.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
				entry -> entry.getValue().stream().map(people::get).toList()));
	}
}
