package be.balise.demo;

import static be.balise.assessment.BilanState.*;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import be.balise.assessment.BilanId;
import be.balise.assessment.BilanLists;
import be.balise.assessment.BilanState;
import be.balise.assessment.Journey;
import be.balise.contract.ContractShortcut;
import be.balise.contract.FirstMeetingForm;
import be.balise.contract.FirstMeetingService;
import be.balise.identity.AccountId;
import be.balise.identity.AccountService;
import be.balise.identity.CurrentUser;
import be.balise.identity.Role;
import be.balise.organisation.Organisations;
import be.balise.planning.SessionService;
import be.balise.request.RequestForm;
import be.balise.request.RequestService;
import be.balise.request.RequestService.DecisionChoice;
import be.balise.scheme.Scheme;
import be.balise.scheme.Schemes;

/**
 * A dozen and more workers whose bilans stand at every state of the journey, walked there through the same
 * services the pages use, so that history, sessions and content are real. All text is invented.
 */
@org.springframework.stereotype.Component
@org.springframework.context.annotation.Profile("demo")
class DemoBilans {

	/** One demo bilan: the worker, the state to reach, the counsellor and scheme code, and the worker's reasons. */
	private record Story(String name, String email, BilanState target, int counsellor, String scheme, String reasons) {
	}

	private static final List<Story> STORIES = List.of(
			new Story("Amélie Dufour", DemoAccounts.WORKER, INVESTIGATION, 0, "apef-febi",
					"Après douze ans comme éducatrice, je me sens usée et je voudrais savoir vers quoi évoluer sans tout perdre."),
			new Story("Youssef El Amrani", "youssef@demo.balise.be", REQUESTED, 0, "apef-febi",
					"Je travaille en cuisine dans une maison de repos et j'aimerais me former à un autre métier du soin."),
			new Story("Brigitte Peeters", "brigitte@demo.balise.be", INFORMATION_REQUESTED, 0, "apef-febi",
					"Mon service va être réorganisé ; je veux faire le point avant de choisir."),
			new Story("Kevin Lambert", "kevin@demo.balise.be", ELIGIBLE, 0, "apef-febi",
					"Je suis aide-soignant de nuit et je cherche un travail compatible avec ma vie de famille."),
			new Story("Fatou Diallo", "fatou@demo.balise.be", REFUSED, 0, "loopbaancheque",
					"Je souhaite reprendre des études mais je ne sais pas lesquelles."),
			new Story("Luc Vandenberghe", "luc@demo.balise.be", OPERATOR_CHOSEN, 0, "apef-febi",
					"Comptable dans une ASBL depuis vingt ans, j'ai envie de changement."),
			new Story("Sarah Goossens", "sarah@demo.balise.be", FIRST_MEETING, 0, "apef-febi",
					"Je reviens d'un long congé de maladie et je me demande si je peux reprendre le même poste."),
			new Story("Marie Dumont", "marie@demo.balise.be", REFERRED, 0, "apef-febi",
					"Je voudrais faire reconnaître officiellement ce que j'ai appris sur le terrain."),
			new Story("Olivier Hermans", "olivier@demo.balise.be", LAPSED, 1, "fr-bilan",
					"Je veux vérifier si mon projet de reconversion tient la route."),
			new Story("Nathalie Claes", "nathalie@demo.balise.be", CONTRACTED, 1, "apef-febi",
					"Coordinatrice de crèche, je m'interroge sur la suite de ma carrière."),
			new Story("Pierre Leclercq", "pierre@demo.balise.be", PRELIMINARY, 0, "apef-febi",
					"Animateur depuis quinze ans, je voudrais transmettre mon expérience autrement."),
			new Story("Inès Benali", "ines@demo.balise.be", CONCLUSION, 1, "apef-febi",
					"Assistante sociale, je pense à la formation d'adultes mais j'ai des doutes."),
			new Story("Hugo Martens", "hugo@demo.balise.be", FOLLOW_UP, 0, "apef-febi",
					"Je suis logopède et je me demande si je dois m'installer en indépendant."),
			new Story("Chantal Wouters", "chantal@demo.balise.be", SUSPENDED, 0, "apef-febi",
					"Infirmière en soins palliatifs, je cherche un nouvel équilibre."),
			new Story("David Mertens", "david@demo.balise.be", CLOSED, 0, "apef-febi",
					"Je voulais clarifier mes envies d'évolution au sein de mon institution."),
			new Story("Élise Renaud", "elise@demo.balise.be", ABANDONED, 1, "apef-febi",
					"Éducatrice en milieu ouvert, je voulais prendre du recul."),
			new Story("Jonas De Smet", "jonas@demo.balise.be", CLOSED, 2, "loopbaancheque",
					"Ik wil weten welke opleiding bij mij past."));

	private final AccountService accounts;
	private final Organisations organisations;
	private final BilanLists lists;
	private final Schemes schemes;
	private final RequestService requests;
	private final Journey journey;
	private final FirstMeetingService firstMeetings;
	private final ContractShortcut contracts;
	private final SessionService sessions;
	private final Clock clock;
	private final DemoSyntheses syntheses;

	DemoBilans(AccountService accounts, Organisations organisations, BilanLists lists, Schemes schemes,
			RequestService requests, Journey journey, FirstMeetingService firstMeetings, ContractShortcut contracts,
			SessionService sessions, Clock clock, DemoSyntheses syntheses) {
		this.contracts = contracts;
		this.accounts = accounts;
		this.organisations = organisations;
		this.lists = lists;
		this.schemes = schemes;
		this.requests = requests;
		this.journey = journey;
		this.firstMeetings = firstMeetings;
		this.sessions = sessions;
		this.clock = clock;
		this.syntheses = syntheses;
	}

	/** Whether the demo worker already has bilans (the demo was loaded before). */
	boolean exist() {
		return accounts.findByEmail(DemoAccounts.WORKER).map(worker -> !lists.ofWorker(worker.id().value()).isEmpty())
				.orElse(false);
	}

	void create() {
		CurrentUser fund = user(DemoAccounts.FUND);
		organisations.fundsOfOfficer(fund.id()).forEach(f -> schemes.adoptExamples(f.id().value()));
		String unusable = accounts.hash(UUID.randomUUID().toString());
		List<String> counsellors = List.of(DemoAccounts.COUNSELLOR, DemoAccounts.COUNSELLOR_2,
				DemoOrganisations.COUNSELLOR_WITHOUT_LOGIN);
		for (Story story : STORIES) {
			CurrentUser worker = accounts.findByEmail(story.email())
					.orElseGet(() -> user(accounts.createWithHash(story.email(), story.name(), unusable, Locale.FRENCH,
							Set.of(Role.WORKER))));
			CurrentUser counsellor = user(counsellors.get(story.counsellor()));
			CurrentUser operatorAdmin = user(story.counsellor() == 2 ? DemoAccounts.OPERATOR_2 : DemoAccounts.OPERATOR);
			UUID operator = organisations.operatorOfCounsellor(counsellor.id()).orElseThrow().value();
			walk(story, worker, fund, operatorAdmin, operator, counsellor);
		}
	}

	private void walk(Story story, CurrentUser worker, CurrentUser fund, CurrentUser operatorAdmin, UUID operator,
			CurrentUser counsellor) {
		Scheme scheme = schemes.open().stream().filter(s -> s.code().equals(story.scheme())).findFirst().orElseThrow();
		BilanId bilan = requests.submit(worker, requestForm(scheme, story.reasons()));
		BilanState target = story.target();
		switch (target) {
			case REQUESTED -> { return; }
			case INFORMATION_REQUESTED -> {
				requests.decide(fund, bilan, DecisionChoice.ASK, "Pouvez-vous préciser votre commission paritaire ? Elle figure sur votre fiche de paie.");
				return;
			}
			case REFUSED -> {
				requests.decide(fund, bilan, DecisionChoice.REFUSE, "Votre employeur ne relève pas d'un secteur couvert par ce dispositif.");
				return;
			}
			default -> requests.decide(fund, bilan, DecisionChoice.ACCEPT, null);
		}
		if (target == ELIGIBLE) {
			return;
		}
		journey.chooseOperator(worker, bilan, operator);
		if (target == OPERATOR_CHOSEN) {
			return;
		}
		journey.assignCounsellor(operatorAdmin, bilan, counsellor.id().value());
		plan(counsellor, bilan, -30, true);
		if (target == FIRST_MEETING) {
			return;
		}
		firstMeetings.record(counsellor, bilan, firstMeeting());
		switch (target) {
			case REFERRED -> {
				journey.refer(counsellor, bilan, "SKILLS_VALIDATION",
						"Son projet est clair ; elle a surtout besoin d'une reconnaissance de ses acquis.");
				return;
			}
			case LAPSED -> {
				journey.lapse(counsellor, bilan);
				return;
			}
			default -> contracts.contract(bilan, counsellor, worker, operatorAdmin, fund, firstMeeting());
		}
		conduct(story, scheme, worker, counsellor, bilan);
	}

	private void conduct(Story story, Scheme scheme, CurrentUser worker, CurrentUser counsellor, BilanId bilan) {
		BilanState target = story.target();
		if (target == CONTRACTED) {
			return;
		}
		journey.moveToPhase(counsellor, bilan, PRELIMINARY, null);
		plan(counsellor, bilan, -21, true);
		if (target == PRELIMINARY) {
			plan(counsellor, bilan, 7, false);
			return;
		}
		if (target == ABANDONED) {
			journey.abandon(worker, bilan, "Je commence un nouvel emploi et je n'ai plus le temps pour le moment.");
			return;
		}
		journey.moveToPhase(counsellor, bilan, INVESTIGATION, null);
		plan(counsellor, bilan, -14, true);
		plan(counsellor, bilan, 5, false);
		if (target == INVESTIGATION) {
			return;
		}
		if (target == SUSPENDED) {
			journey.suspend(counsellor, bilan, "Congé de maladie de trois semaines.");
			return;
		}
		journey.moveToPhase(counsellor, bilan, CONCLUSION, null);
		plan(counsellor, bilan, -7, true);
		if (target == CONCLUSION) {
			syntheses.draft(worker, counsellor, bilan);
			return;
		}
		if (target == CLOSED) {
			syntheses.validated(worker, counsellor, bilan);
		}
		if (scheme.followUpInterviews() > 0) {
			journey.moveToPhase(counsellor, bilan, FOLLOW_UP, null);
			plan(counsellor, bilan, -2, true);
		}
		if (target == CLOSED) {
			journey.close(counsellor, bilan);
		}
	}

	private void plan(CurrentUser counsellor, BilanId bilan, int days, boolean held) {
		var startsAt = clock.instant().plus(Duration.ofDays(days)).truncatedTo(java.time.temporal.ChronoUnit.HOURS);
		sessions.plan(counsellor, bilan, startsAt, 90);
		if (held) {
			var session = sessions.list(counsellor, bilan).stream().filter(s -> s.startsAt().equals(startsAt)).findFirst()
					.orElseThrow();
			sessions.record(counsellor, bilan, session.id(), SessionService.Outcome.HELD);
		}
	}

	private static RequestForm requestForm(Scheme scheme, String reasons) {
		var form = new RequestForm();
		form.setSchemeId(scheme.id().value());
		form.setJointCommittee("319.02");
		form.setCompanyNumber("0412.345.678");
		form.setWorkStatus("FULL_TIME");
		form.setReasons(reasons);
		form.setRegion("Bruxelles");
		form.setExperienceYears("12");
		form.setResidenceRegion("BRUSSELS");
		return form;
	}

	private FirstMeetingForm firstMeeting() {
		var form = new FirstMeetingForm();
		form.setHeldOn(LocalDate.now(clock.withZone(java.time.ZoneId.of("Europe/Brussels"))));
		form.setPresentedOperator(true);
		form.setPresentedProcess(true);
		form.setPresentedMethods(true);
		form.setVoluntaryConfirmed(true);
		form.setMotives("Souhaite mieux connaître ses points forts avant de décider d'une formation ; démarche personnelle.");
		return form;
	}

	private CurrentUser user(String email) {
		return accounts.findByEmail(email).orElseThrow();
	}

	private CurrentUser user(AccountId id) {
		return accounts.findById(id).orElseThrow();
	}
}
