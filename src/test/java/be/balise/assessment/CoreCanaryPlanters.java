package be.balise.assessment;

import be.balise.testing.CanaryPlanter;
import be.balise.testing.World;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Canary planters of the lifecycle's content. The request's reasons and the first meeting's motives are planted
 * when the canary bilan is created (see ContentCanaryTest).
 */
@Configuration(proxyBeanMethods = false)
class CoreCanaryPlanters {

	@Bean
	CanaryPlanter historyReasonsPlanter(Journey journey) {
		return planter("assessment.history-reasons", (world, bilan, canary) -> {
			journey.suspend(world.counsellor, bilan, canary);
			journey.resume(world.counsellor, bilan);
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
