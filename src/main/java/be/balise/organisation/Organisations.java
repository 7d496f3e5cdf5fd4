package be.balise.organisation;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import be.balise.identity.AccountId;
import be.balise.identity.AccountService;
import be.balise.identity.AccountSummary;
import be.balise.identity.CurrentUser;
import be.balise.identity.EmailAddress;
import be.balise.identity.InvitationId;
import be.balise.identity.InvitationService;
import be.balise.identity.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Funds, operators and who works for them: what other modules ask (which operator a counsellor works for,
 * which counsellors an operator has...) and what the platform admin and demo data create.
 */
@Service
public class Organisations {

	private final Funds funds;
	private final Operators operators;
	private final Memberships memberships;
	private final CounsellorInvitations counsellorInvitations;
	private final AccountService accounts;
	private final InvitationService invitations;
	private final Clock clock;

	Organisations(Funds funds, Operators operators, Memberships memberships, CounsellorInvitations counsellorInvitations,
			AccountService accounts, InvitationService invitations, Clock clock) {
		this.funds = funds;
		this.operators = operators;
		this.memberships = memberships;
		this.counsellorInvitations = counsellorInvitations;
		this.accounts = accounts;
		this.invitations = invitations;
		this.clock = clock;
	}

	@Transactional
	public FundId createFund(String name, String shortName) {
		FundId id = FundId.random();
		funds.insert(id, name.strip(), shortName.strip(), clock.instant());
		return id;
	}

	@Transactional
	public OperatorId createOperator(OperatorProfile profile) {
		OperatorId id = OperatorId.random();
		operators.insert(id, profile, clock.instant());
		return id;
	}

	@Transactional
	public void addFundOfficer(FundId fund, AccountId account) {
		memberships.addFundOfficer(fund, account);
	}

	@Transactional
	public void addOperatorAdmin(OperatorId operator, AccountId account) {
		memberships.addOperatorAdmin(operator, account);
	}

	/**
	 * Adds a counsellor to an operator.
	 *
	 * @throws IllegalStateException when the person already works as a counsellor for an operator
	 */
	@Transactional
	public void addCounsellor(OperatorId operator, AccountId account, int capacity, Set<Language> languages) {
		if (!memberships.addCounsellor(operator, account, capacity, languages, clock.instant())) {
			throw new IllegalStateException("Already a counsellor of an operator");
		}
	}

	public Optional<Fund> findFund(FundId id) {
		return funds.find(id);
	}

	public List<Fund> listFunds() {
		return funds.all();
	}

	public List<Fund> fundsOfOfficer(AccountId officer) {
		return funds.ofOfficer(officer);
	}

	public boolean isOfficerOf(AccountId account, FundId fund) {
		return memberships.isFundOfficer(fund, account);
	}

	public List<AccountId> officersOf(FundId fund) {
		return memberships.fundOfficers(fund);
	}

	public Optional<Operator> findOperator(OperatorId id) {
		return operators.find(id);
	}

	public List<Operator> listOperators() {
		return operators.all();
	}

	public List<Operator> operatorsOfAdmin(AccountId admin) {
		return operators.ofAdmin(admin);
	}

	public boolean isAdminOf(AccountId account, OperatorId operator) {
		return memberships.isOperatorAdmin(operator, account);
	}

	public List<AccountId> adminsOf(OperatorId operator) {
		return memberships.operatorAdmins(operator);
	}

	/** The operator this person works for as a counsellor, if any (a counsellor works for one operator). */
	public Optional<OperatorId> operatorOfCounsellor(AccountId counsellor) {
		return memberships.counsellor(counsellor).map(Memberships.CounsellorMembership::operatorId);
	}

	/** The counsellors of an operator, by name, with their state, capacity and languages (two queries in all). */
	public List<Counsellor> counsellorsOf(OperatorId operator) {
		var members = memberships.counsellors(operator);
		Map<AccountId, AccountSummary> people = accounts.summaries(members.stream()
				.map(Memberships.CounsellorMembership::accountId).toList()).stream()
				.collect(Collectors.toMap(AccountSummary::id, Function.identity()));
		return members.stream()
				.map(member -> {
					AccountSummary person = people.get(member.accountId());
					return new Counsellor(member.accountId(), operator, person.displayName(), person.email(), member.active(),
							person.enabled(), member.capacity(), member.languages());
				})
				.sorted(Comparator.comparing((Counsellor c) -> c.displayName().toLowerCase(Locale.ROOT))
						.thenComparing(Counsellor::email))
				.toList();
	}

	/** The fund officers of every fund, for the platform admin's page. */
	Map<FundId, List<AccountId>> officersByFund() {
		return memberships.allFundOfficers();
	}

	/** The admins of every operator, for the platform admin's page. */
	Map<OperatorId, List<AccountId>> adminsByOperator() {
		return memberships.allOperatorAdmins();
	}

	boolean fundNameTaken(String name) {
		return funds.nameTaken(name.strip());
	}

	boolean operatorNameTaken(String name) {
		return operators.nameTaken(name.strip());
	}

	/** Invites a counsellor with the capacity and languages their membership will hold once they accept. */
	@Transactional
	InvitationId inviteCounsellor(CurrentUser admin, Operator operator, EmailAddress email, Locale language, int capacity,
			Set<Language> languages) {
		InvitationId invitation = invitations.invite(admin, email, Role.COUNSELLOR, operator.id().value(), operator.name(),
				language);
		counsellorInvitations.insert(invitation, new CounsellorInvitations.Terms(operator.id(), capacity, languages));
		return invitation;
	}

	/** Pauses a counsellor: their membership and their account, whose sessions end at once. */
	@Transactional
	void disableCounsellor(OperatorId operator, AccountId counsellor) {
		memberships.setCounsellorActive(operator, counsellor, false);
		accounts.disable(counsellor);
	}

	@Transactional
	void enableCounsellor(OperatorId operator, AccountId counsellor) {
		memberships.setCounsellorActive(operator, counsellor, true);
		accounts.enable(counsellor);
	}
}
