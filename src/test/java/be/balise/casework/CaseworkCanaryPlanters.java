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
