package be.balise.followup;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import be.balise.assessment.BilanId;
import be.balise.testing.CanaryPlanter;
import be.balise.testing.World;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Canary planters for every kind of follow-up content. The canary bilan is in the investigation phase, where the
 * follow-up pages do not yet write: the planters write through the module's own stores, as the services would.
 */
@Configuration(proxyBeanMethods = false)
class FollowUpCanaryPlanters {

	@Bean
	CanaryPlanter appraisalCommentPlanter(Appraisals appraisals, FollowUpSealing sealing) {
		return planter(AppraisalService.COMMENT_KIND, (world, bilan, canary) -> appraisals.insertComment(bilan.value(),
				new Appraisals.Facts(world.scheme.id().value(), world.operator.value(), world.counsellor.id().value(), "2020-Q1", "0-8", "0-3"),
				sealing.seal(bilan.value(), Appraisals.COMMENTS, bilan.value(), canary)));
	}

	@Bean
	CanaryPlanter interviewPlanter(Interviews interviews, FollowUpSealing sealing) {
		return planter(FollowUpService.INTERVIEW_KIND, (world, bilan, canary) -> {
			UUID interview = interview(interviews, bilan);
			interviews.saveText(bilan.value(), interview, Interviews.MOMENT,
					sealing.seal(bilan.value(), Interviews.TEXTS + "." + Interviews.MOMENT, interview, canary), Instant.now());
			interviews.saveText(bilan.value(), interview, Interviews.RECORD,
					sealing.seal(bilan.value(), Interviews.TEXTS + "." + Interviews.RECORD, interview, canary), Instant.now());
		});
	}

	@Bean
	CanaryPlanter selfAssessmentPlanter(Interviews interviews, FollowUpService service) {
		return planter(FollowUpService.SELF_KIND, (world, bilan, canary) -> {
			var form = new SelfAssessmentForm();
			form.setProgress(canary);
			form.setLearnt(canary);
			form.setObstacles(canary);
			form.setNeeds(canary);
			service.saveSelf(bilan, interview(interviews, bilan), form);
		});
	}

	@Bean
	CanaryPlanter referralPlanter(FollowUpService service) {
		return planter(FollowUpService.REFERRAL_KIND, (world, bilan, canary) -> service.refer(bilan, null, null, "Coaching", canary));
	}

	@Bean
	CanaryPlanter closingNotePlanter(Closure closure) {
		return planter(Closure.KIND, (world, bilan, canary) -> closure.save(bilan, canary, Instant.now()));
	}

	/** The bilan's first interview, planned in a month if it was not yet. */
	private static UUID interview(Interviews interviews, BilanId bilan) {
		return interviews.byNumber(bilan.value(), 1).map(Interviews.Row::id).orElseGet(() -> {
			UUID id = UUID.randomUUID();
			interviews.insert(id, bilan.value(), 1, Instant.now().plus(30, ChronoUnit.DAYS), Instant.now());
			return id;
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
