package be.balise.instruments;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import be.balise.assessment.AccessMode;
import be.balise.assessment.AssessmentAccess;
import be.balise.assessment.BilanId;
import be.balise.assessment.BilanPart;
import be.balise.identity.AccountId;
import be.balise.identity.AccountService;
import be.balise.identity.CurrentUser;
import be.balise.testing.CanaryPlanter;
import be.balise.testing.World;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Canary planters for the skills portfolio (written by the worker and by the counsellor) and for external tests
 * (every field, the shared reading and the report), through the services as the bilan's people would.
 */
@Configuration(proxyBeanMethods = false)
class PortfolioAndExternalTestPlanters {

	@Bean
	CanaryPlanter portfolioPlanter(PortfolioService portfolio, AssessmentAccess access, AccountService accounts) {
		return planter(PortfolioService.KIND, (world, bilan, canary) -> {
			CurrentUser worker = workerOf(world, bilan, access, accounts);
			var experience = portfolio.addExperience(worker, bilan, experience(canary));
			portfolio.addSkill(worker, bilan, skill(experience, canary));
			var counsellorExperience = portfolio.addExperience(world.counsellor, bilan, experience("ajout " + canary));
			portfolio.addSkill(world.counsellor, bilan, skill(counsellorExperience, canary));
		});
	}

	@Bean
	CanaryPlanter externalTestPlanter(ExternalTestService tests) {
		return planter(ExternalTestService.KIND, (world, bilan, canary) -> {
			var test = tests.add(world.counsellor, bilan, externalTest(canary), canary + ".txt",
					new ByteArrayInputStream(canary.getBytes(StandardCharsets.UTF_8)));
			tests.writeReading(world.counsellor, bilan, test, canary);
		});
	}

	static ExperienceForm experience(String text) {
		var form = new ExperienceForm();
		form.setKind(ExperienceKind.VOLUNTEERING);
		form.setTitle(text);
		form.setDescription(text);
		form.setStartedOn(LocalDate.of(2019, 9, 1));
		form.setEndedOn(LocalDate.of(2022, 6, 30));
		return form;
	}

	static SkillForm skill(java.util.UUID experience, String text) {
		var form = new SkillForm();
		form.setExperience(experience);
		form.setName(text);
		form.setLevel(3);
		form.setNature(SkillNature.PERSONAL);
		form.setTransferable(true);
		form.setEvidence(text);
		return form;
	}

	static ExternalTestForm externalTest(String text) {
		var form = new ExternalTestForm();
		form.setName(text);
		form.setPublisher(text);
		form.setTestVersion(text);
		form.setTakenOn(LocalDate.of(2026, 2, 10));
		form.setAdministrator(text);
		form.setScores(text);
		return form;
	}

	static CurrentUser workerOf(World world, BilanId bilan, AssessmentAccess access, AccountService accounts) {
		var workerId = access.require(world.counsellor, bilan, BilanPart.INSTRUMENTS, AccessMode.READ).workerId();
		return accounts.findById(new AccountId(workerId)).orElseThrow();
	}

	private interface Planting {
		void plant(World world, BilanId bilan, String canary);
	}

	private static CanaryPlanter planter(String kind, Planting planting) {
		return new CanaryPlanter() {
			@Override
			public String kind() {
				return kind;
			}

			@Override
			public void plant(World world, BilanId bilan, String canary) {
				planting.plant(world, bilan, canary);
			}
		};
	}
}
