package be.balise.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import be.balise.assessment.BilanId;
import be.balise.assessment.Journey;
import be.balise.contract.FirstMeetingForm;
import be.balise.contract.FirstMeetingService;
import be.balise.contract.MeetingModality;
import be.balise.identity.AccountService;
import be.balise.identity.CurrentUser;
import be.balise.identity.Role;
import be.balise.organisation.Organisations;
import be.balise.request.RequestForm;
import be.balise.request.RequestService;
import be.balise.scheme.Schemes;
import be.balise.web.PageContext;

/**
 * Two conventions waiting for signatures, so that the demo worker's counterparts see what to sign: the fund
 * officer finds them in the list of conventions to sign, the operator admin on the bilan's page. Nobody has
 * signed yet. All text is invented.
 */
@org.springframework.stereotype.Component
@org.springframework.context.annotation.Profile("demo")
class DemoConventions {

	private static final String[][] WORKERS = {
			{ "Théo Lambrecht", "theo@demo.balise.be", "Magasinier en crèche, je voudrais évoluer vers l'accompagnement." },
			{ "Aïcha Moreau", "aicha@demo.balise.be", "Aide familiale depuis dix ans, je me demande quelle suite donner." } };

	private final AccountService accounts;
	private final Organisations organisations;
	private final Schemes schemes;
	private final RequestService requests;
	private final Journey journey;
	private final FirstMeetingService firstMeetings;
	private final Clock clock;

	DemoConventions(AccountService accounts, Organisations organisations, Schemes schemes, RequestService requests,
			Journey journey, FirstMeetingService firstMeetings, Clock clock) {
		this.accounts = accounts;
		this.organisations = organisations;
		this.schemes = schemes;
		this.requests = requests;
		this.journey = journey;
		this.firstMeetings = firstMeetings;
		this.clock = clock;
	}

	boolean exist() {
		return accounts.findByEmail(WORKERS[0][1]).isPresent();
	}

	void create() {
		CurrentUser fund = user(DemoAccounts.FUND);
		CurrentUser operatorAdmin = user(DemoAccounts.OPERATOR);
		CurrentUser counsellor = user(DemoAccounts.COUNSELLOR);
		UUID operator = organisations.operatorOfCounsellor(counsellor.id()).orElseThrow().value();
		var scheme = schemes.open().stream().filter(s -> s.code().equals("apef-febi")).findFirst().orElseThrow();
		String unusable = accounts.hash(UUID.randomUUID().toString());
		for (String[] person : WORKERS) {
			CurrentUser worker = accounts.findById(accounts.createWithHash(person[1], person[0], unusable, Locale.FRENCH,
					Set.of(Role.WORKER))).orElseThrow();
			var form = new RequestForm();
			form.setSchemeId(scheme.id().value());
			form.setJointCommittee("319.02");
			form.setCompanyNumber("0412.345.678");
			form.setWorkStatus("FULL_TIME");
			form.setReasons(person[2]);
			form.setRegion("Bruxelles");
			form.setExperienceYears("10");
			form.setResidenceRegion("BRUSSELS");
			BilanId bilan = requests.submit(worker, form);
			requests.decide(fund, bilan, RequestService.DecisionChoice.ACCEPT, null);
			journey.chooseOperator(worker, bilan, operator);
			journey.assignCounsellor(operatorAdmin, bilan, counsellor.id().value());
			firstMeetings.continueToConvention(counsellor, bilan, meeting());
		}
	}

	private FirstMeetingForm meeting() {
		var form = new FirstMeetingForm();
		form.setHeldOn(LocalDate.now(clock.withZone(PageContext.BRUSSELS)));
		form.setPresentedOperator(true);
		form.setPresentedProcess(true);
		form.setPresentedMethods(true);
		form.setPresentedTools(true);
		form.setVoluntaryConfirmed(true);
		form.setMotives("Veut vérifier si son projet tient la route avant d'en parler à son employeur.");
		form.setPlannedHours(BigDecimal.valueOf(16));
		form.setRhythmWeeks(2);
		form.setModality(MeetingModality.MIXED);
		return form;
	}

	private CurrentUser user(String email) {
		return accounts.findByEmail(email).orElseThrow();
	}
}
