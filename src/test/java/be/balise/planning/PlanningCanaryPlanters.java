package be.balise.planning;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import be.balise.assessment.BilanId;
import be.balise.identity.AccountId;
import be.balise.identity.AccountService;
import be.balise.testing.CanaryPlanter;
import be.balise.testing.World;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Canary planters of planning's content: a session's place, and a worker's reason for moving one. */
@Configuration(proxyBeanMethods = false)
class PlanningCanaryPlanters {

	@Bean
	CanaryPlanter sessionPlacePlanter(SessionService sessions) {
		return planter(SessionService.PLACE_KIND, (world, bilan, canary) -> sessions.plan(world.counsellor, bilan,
				new SessionPlan(Instant.now().plus(Duration.ofDays(3)), 60, Modality.REMOTE, canary)));
	}

	@Bean
	CanaryPlanter moveRequestPlanter(SessionService sessions, AccountService accounts) {
		return planter(SessionService.MOVE_KIND, (world, bilan, canary) -> {
			UUID session = sessions.plan(world.counsellor, bilan, Instant.now().plus(Duration.ofDays(4)), 60);
			var summary = sessions.requireWritable(world.counsellor, bilan);
			var worker = accounts.findById(new AccountId(summary.workerId())).orElseThrow();
			sessions.askToMove(worker, bilan, session, canary);
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
