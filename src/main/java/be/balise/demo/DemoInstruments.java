package be.balise.demo;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import be.balise.assessment.BilanId;
import be.balise.assessment.BilanLists;
import be.balise.assessment.BilanState;
import be.balise.assessment.BilanSummary;
import be.balise.identity.AccountId;
import be.balise.identity.AccountService;
import be.balise.identity.CurrentUser;
import be.balise.instruments.ExperienceForm;
import be.balise.instruments.ExperienceKind;
import be.balise.instruments.ExternalTestForm;
import be.balise.instruments.ExternalTestService;
import be.balise.instruments.InstrumentService;
import be.balise.instruments.PortfolioService;
import be.balise.instruments.SkillForm;
import be.balise.instruments.SkillNature;
import org.springframework.stereotype.Component;

/**
 * Instruments for the demo worker's bilan in investigation: RIASEC answered with a shared reading, Big Five half
 * answered, work values assigned, a skills portfolio of two experiences and an external test with its report.
 */
@Component
@org.springframework.context.annotation.Profile("demo")
class DemoInstruments {

	private final AccountService accounts;
	private final BilanLists lists;
	private final InstrumentService instruments;
	private final PortfolioService portfolio;
	private final ExternalTestService externalTests;

	DemoInstruments(AccountService accounts, BilanLists lists, InstrumentService instruments, PortfolioService portfolio,
			ExternalTestService externalTests) {
		this.accounts = accounts;
		this.lists = lists;
		this.instruments = instruments;
		this.portfolio = portfolio;
		this.externalTests = externalTests;
	}

	void createIfMissing() {
		var worker = accounts.findByEmail(DemoAccounts.WORKER).orElse(null);
		if (worker == null) {
			return;
		}
		BilanSummary bilan = lists.ofWorker(worker.id().value()).stream()
				.filter(b -> b.state() == BilanState.INVESTIGATION && b.counsellorId() != null).findFirst().orElse(null);
		if (bilan == null) {
			return;
		}
		CurrentUser counsellor = accounts.findById(new AccountId(bilan.counsellorId())).orElseThrow();
		BilanId id = bilan.id();
		if (!instruments.list(counsellor, id).isEmpty()) {
			return;
		}
		var riasec = instruments.assign(counsellor, id, "riasec");
		Map<String, Integer> byType = Map.of("R", 2, "I", 3, "A", 4, "S", 5, "E", 3, "C", 2);
		Map<String, Integer> answers = new HashMap<>();
		instruments.catalog().get("riasec", 1).items().forEach(item -> answers.put(item.id(), byType.get(item.scale())));
		instruments.answer(worker, id, riasec, answers);
		instruments.submit(worker, id, riasec);
		instruments.writeSharedReading(counsellor, id, riasec,
				"Le social domine nettement, suivi de l'artistique : deux types voisins, un profil cohérent. "
						+ "À relier aux expériences d'animation notées dans le portefeuille.");
		instruments.writeComment(worker, id, riasec, "Je m'y retrouve, surtout pour le contact avec les gens.");
		var bigFive = instruments.assign(counsellor, id, "big-five");
		Map<String, Integer> half = new HashMap<>();
		instruments.catalog().get("big-five", 1).items().stream().limit(20).forEach(item -> half.put(item.id(), 4));
		instruments.answer(worker, id, bigFive, half);
		instruments.assign(counsellor, id, "work-values");

		var shop = experience(ExperienceKind.WORK, "Vendeuse en librairie", LocalDate.of(2012, 9, 1), LocalDate.of(2023, 6, 30),
				"Conseil aux clients, commandes, vitrines.");
		var shopId = portfolio.addExperience(worker, id, shop);
		portfolio.addSkill(worker, id, skill(shopId, "Conseiller un client", 4, SkillNature.PROFESSIONAL, true,
				"Clients fidèles qui revenaient me demander conseil."));
		portfolio.addSkill(worker, id, skill(shopId, "Gérer un stock", 3, SkillNature.PROFESSIONAL, true, "Inventaires annuels."));
		var club = experience(ExperienceKind.VOLUNTEERING, "Animatrice dans un club de lecture", LocalDate.of(2018, 1, 15), null,
				"Une rencontre par mois avec une quinzaine de personnes.");
		var clubId = portfolio.addExperience(counsellor, id, club);
		portfolio.addSkill(counsellor, id, skill(clubId, "Animer un groupe", 3, SkillNature.PERSONAL, true,
				"Le groupe a doublé en deux ans."));

		var test = new ExternalTestForm();
		test.setName("MBTI");
		test.setPublisher("The Myers-Briggs Company");
		test.setTestVersion("Forme M");
		test.setTakenOn(LocalDate.of(2025, 11, 4));
		test.setAdministrator("Cabinet Horizon, Namur");
		test.setScores("ENFJ");
		var testId = externalTests.add(counsellor, id, test, "rapport-mbti.txt",
				new ByteArrayInputStream("Rapport remis à la personne : préférences ENFJ.".getBytes(StandardCharsets.UTF_8)));
		externalTests.writeReading(counsellor, id, testId, "Rejoint l'intérêt social du RIASEC ; à garder comme piste, sans plus.");
	}

	private static ExperienceForm experience(ExperienceKind kind, String title, LocalDate start, LocalDate end, String what) {
		var form = new ExperienceForm();
		form.setKind(kind);
		form.setTitle(title);
		form.setStartedOn(start);
		form.setEndedOn(end);
		form.setDescription(what);
		return form;
	}

	private static SkillForm skill(java.util.UUID experience, String name, int level, SkillNature nature, boolean transferable,
			String evidence) {
		var form = new SkillForm();
		form.setExperience(experience);
		form.setName(name);
		form.setLevel(level);
		form.setNature(nature);
		form.setTransferable(transferable);
		form.setEvidence(evidence);
		return form;
	}
}
