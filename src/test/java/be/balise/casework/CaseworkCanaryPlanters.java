package be.balise.casework;

import be.balise.assessment.BilanId;
import be.balise.testing.CanaryPlanter;
import be.balise.testing.World;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Canary planters for casework content, written through the services as the bilan's people would. */
@Configuration(proxyBeanMethods = false)
class CaseworkCanaryPlanters {

	@Bean
	CanaryPlanter notePlanter(NoteService notes) {
		return planter(NoteService.KIND, (world, bilan, canary) -> notes.write(world.counsellor, bilan, "**" + canary + "**"));
	}

	@Bean
	CanaryPlanter objectivePlanter(ObjectiveService objectives) {
		return planter(ObjectiveService.KIND, (world, bilan, canary) -> {
			var objective = objectives.add(world.counsellor, bilan, canary);
			objectives.comment(world.counsellor, bilan, objective, canary);
		});
	}

	@Bean
	CanaryPlanter optionPlanter(OptionService options) {
		return planter(OptionService.KIND, (world, bilan, canary) -> {
			options.add(world.counsellor, bilan, new OptionText(canary, canary, canary, canary, canary));
			var dropped = options.add(world.counsellor, bilan, new OptionText("écartée", "", "", "", ""));
			options.drop(world.counsellor, bilan, dropped, canary);
		});
	}

	@Bean
	CanaryPlanter taskPlanter(TaskService tasks) {
		return planter(TaskService.KIND, (world, bilan, canary) -> {
			tasks.add(world.counsellor, bilan, canary);
			tasks.done(world.counsellor, bilan, tasks.add(world.counsellor, bilan, "tâche"), canary);
		});
	}

	@Bean
	CanaryPlanter messagePlanter(MessageService messages) {
		return planter(MessageService.KIND, (world, bilan, canary) -> messages.send(world.counsellor, bilan, canary));
	}

	@Bean
	CanaryPlanter documentPlanter(DocumentService documents) {
		return planter(DocumentService.KIND, (world, bilan, canary) -> documents.upload(world.counsellor, bilan, canary + ".txt",
				new java.io.ByteArrayInputStream(canary.getBytes(java.nio.charset.StandardCharsets.UTF_8))));
	}

	@Bean
	CanaryPlanter researchPlanter(ResearchService research) {
		return planter(ResearchService.KIND, (world, bilan, canary) -> {
			var form = new ResearchForm();
			form.setCategory(ResearchCategory.INTERVIEW);
			form.setTitle(canary);
			form.setLink("https://example.org/" + canary);
			form.setSummary(canary);
			form.setHappenedOn(java.time.LocalDate.of(2026, 3, 4));
			research.add(world.counsellor, bilan, form);
		});
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

	private interface Planting {
		void plant(World world, BilanId bilan, String canary);
	}
}
