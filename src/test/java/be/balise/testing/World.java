package be.balise.testing;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import be.balise.assessment.BilanId;
import be.balise.assessment.BilanState;
import be.balise.assessment.Journey;
import be.balise.contract.ContractShortcut;
import be.balise.contract.FirstMeetingForm;
import be.balise.contract.FirstMeetingService;
import be.balise.identity.AccountId;
import be.balise.identity.AccountService;
import be.balise.identity.CurrentUser;
import be.balise.identity.Role;
import be.balise.organisation.FundId;
import be.balise.organisation.Language;
import be.balise.organisation.Modality;
import be.balise.organisation.OperatorId;
import be.balise.organisation.OperatorProfile;
import be.balise.organisation.Region;
import be.balise.organisation.Organisations;
import be.balise.request.RequestForm;
import be.balise.request.RequestService;
import be.balise.scheme.Scheme;
import be.balise.scheme.Schemes;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A small installation for access tests, with names of its own so that test classes sharing one database do
 * not meet: two funds, two operators with two counsellors each, and workers whose bilans are walked through
 * the real services.
 */
public final class World {

	public final CurrentUser fundOfficer;
	public final CurrentUser otherFundOfficer;
	public final CurrentUser operatorAdmin;
	public final CurrentUser otherOperatorAdmin;
	public final CurrentUser counsellor;
	public final CurrentUser colleague;
	public final CurrentUser otherOperatorCounsellor;
	public final CurrentUser otherOperatorColleague;
	public final CurrentUser platformAdmin;
	public final OperatorId operator;
	public final OperatorId otherOperator;
	public final Scheme scheme;

	private final AccountService accounts;
	private final RequestService requests;
	private final Journey journey;
	private final FirstMeetingService firstMeetings;
	private final String tag = UUID.randomUUID().toString().substring(0, 8);
	private final String passwordHash;
	private ContractShortcut contracts;

	/** {@code passwordHash} is every person's; an unusable one ({@code {noop}...}) when nobody signs in by form. */
	public World(AccountService accounts, Organisations organisations, Schemes schemes, JdbcClient jdbc,
			RequestService requests, Journey journey, FirstMeetingService firstMeetings, String passwordHash) {
		this.accounts = accounts;
		this.passwordHash = passwordHash;
		this.requests = requests;
		this.journey = journey;
		this.firstMeetings = firstMeetings;
		FundId fund = organisations.createFund("Fonds " + tag, "F" + tag);
		FundId otherFund = organisations.createFund("Autre fonds " + tag, "A" + tag);
		UUID schemeId = UUID.randomUUID();
		jdbc.sql("""
				insert into scheme (id, code, version, fund_id, name_fr, name_nl, name_en, audience_fr, audience_nl, audience_en,
				    follow_up_interviews, retention_months)
				values (:id, :code, 1, :fund, 'Test', 'Test', 'Test', 'Pour les tests', 'Voor tests', 'For tests', 1, 12)""")
				.param("id", schemeId).param("code", "test-" + tag).param("fund", fund.value()).update();
		this.scheme = schemes.find(new be.balise.scheme.SchemeId(schemeId)).orElseThrow();
		fundOfficer = person("fund", Role.FUND_OFFICER);
		otherFundOfficer = person("fund2", Role.FUND_OFFICER);
		organisations.addFundOfficer(fund, fundOfficer.id());
		organisations.addFundOfficer(otherFund, otherFundOfficer.id());
		operator = organisations.createOperator(new OperatorProfile("Organisme " + tag, Set.of(Region.BRUSSELS),
				Set.of(Language.FR), Set.of(Modality.IN_PERSON), 10, "organisme-" + tag + "@test.balise.be", null));
		otherOperator = organisations.createOperator(new OperatorProfile("Autre organisme " + tag, Set.of(Region.WALLONIA),
				Set.of(Language.FR), Set.of(Modality.IN_PERSON), 10, "autre-" + tag + "@test.balise.be", null));
		operatorAdmin = person("operator", Role.OPERATOR_ADMIN);
		otherOperatorAdmin = person("operator2", Role.OPERATOR_ADMIN);
		organisations.addOperatorAdmin(operator, operatorAdmin.id());
		organisations.addOperatorAdmin(otherOperator, otherOperatorAdmin.id());
		counsellor = person("counsellor", Role.COUNSELLOR);
		colleague = person("colleague", Role.COUNSELLOR);
		otherOperatorCounsellor = person("counsellor3", Role.COUNSELLOR);
		otherOperatorColleague = person("counsellor4", Role.COUNSELLOR);
		organisations.addCounsellor(operator, counsellor.id(), 10, Set.of(Language.FR));
		organisations.addCounsellor(operator, colleague.id(), 10, Set.of(Language.FR));
		organisations.addCounsellor(otherOperator, otherOperatorCounsellor.id(), 10, Set.of(Language.FR));
		organisations.addCounsellor(otherOperator, otherOperatorColleague.id(), 10, Set.of(Language.FR));
		platformAdmin = person("admin", Role.PLATFORM_ADMIN);
	}

	/** A new worker account. */
	public CurrentUser worker(String name) {
		return person(name, Role.WORKER);
	}

	public CurrentUser person(String name, Role role) {
		AccountId id = accounts.createWithHash(name + "-" + tag + "-" + UUID.randomUUID().toString().substring(0, 6)
				+ "@test.balise.be", name + " " + tag, passwordHash, Locale.FRENCH, Set.of(role));
		return accounts.findById(id).orElseThrow();
	}

	/** A request by this worker, with these reasons. */
	public BilanId request(CurrentUser worker, String reasons) {
		var form = new RequestForm();
		form.setSchemeId(scheme.id().value());
		form.setJointCommittee("319.02");
		form.setCompanyNumber("0412.345.678");
		form.setWorkStatus("PART_TIME");
		form.setReasons(reasons);
		form.setRegion("Bruxelles");
		return requests.submit(worker, form);
	}

	/** A bilan of this worker with the first operator's counsellor, walked to the investigation phase. */
	public BilanId investigating(CurrentUser worker, String reasons, String motives) {
		return conducted(worker, operatorAdmin, operator, counsellor, reasons, motives, BilanState.INVESTIGATION);
	}

	public BilanId conducted(CurrentUser worker, CurrentUser admin, OperatorId at, CurrentUser by, String reasons,
			String motives, BilanState phase) {
		BilanId bilan = request(worker, reasons);
		requests.decide(fundOfficer, bilan, RequestService.DecisionChoice.ACCEPT, null);
		journey.chooseOperator(worker, bilan, at.value());
		journey.assignCounsellor(admin, bilan, by.id().value());
		var meeting = new FirstMeetingForm();
		meeting.setHeldOn(java.time.LocalDate.now());
		meeting.setVoluntaryConfirmed(true);
		meeting.setMotives(motives);
		contracts.contract(bilan, by, worker, admin, fundOfficer, meeting);
		journey.moveToPhase(by, bilan, BilanState.PRELIMINARY, null);
		if (phase != BilanState.PRELIMINARY) {
			journey.moveToPhase(by, bilan, BilanState.INVESTIGATION, null);
		}
		return bilan;
	}

	/** Set by the factory: walks bilans through the convention as each party. */
	World contractsBy(ContractShortcut shortcut) {
		this.contracts = shortcut;
		return this;
	}

	/**
	 * A bilan of this worker with the first operator's counsellor, left at the first meeting with the
	 * convention ready to sign (nobody has signed yet).
	 */
	public BilanId conventionReady(CurrentUser worker, String reasons, String motives) {
		BilanId bilan = request(worker, reasons);
		requests.decide(fundOfficer, bilan, RequestService.DecisionChoice.ACCEPT, null);
		journey.chooseOperator(worker, bilan, operator.value());
		journey.assignCounsellor(operatorAdmin, bilan, counsellor.id().value());
		var meeting = new FirstMeetingForm();
		meeting.setHeldOn(java.time.LocalDate.now());
		meeting.setPresentedOperator(true);
		meeting.setPresentedProcess(true);
		meeting.setPresentedMethods(true);
		meeting.setPresentedTools(true);
		meeting.setVoluntaryConfirmed(true);
		meeting.setMotives(motives);
		meeting.setPlannedHours(java.math.BigDecimal.valueOf(12));
		meeting.setRhythmWeeks(2);
		meeting.setModality(be.balise.contract.MeetingModality.IN_PERSON);
		firstMeetings.continueToConvention(counsellor, bilan, meeting);
		return bilan;
	}
}
