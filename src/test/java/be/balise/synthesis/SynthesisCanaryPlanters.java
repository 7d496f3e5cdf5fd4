package be.balise.synthesis;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import be.balise.assessment.BilanId;
import be.balise.assessment.BilanState;
import be.balise.assessment.Journey;
import be.balise.testing.CanaryPlanter;
import be.balise.testing.World;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Plants a canary in every part of the synthesis (sections, comment, action, share recipient), through the services:
 * the bilan steps into the conclusion for the drafting, then back to where it stood.
 */
@Configuration(proxyBeanMethods = false)
class SynthesisCanaryPlanters {

	@Bean
	CanaryPlanter synthesisPlanter(SynthesisService synthesis, Shares shares, Journey journey) {
		return new CanaryPlanter() {
			@Override
			public String kind() {
				return SynthesisService.KIND;
			}

			@Override
			public void plant(World world, BilanId bilan, String canary) {
				journey.moveToPhase(world.counsellor, bilan, BilanState.CONCLUSION, null);
				synthesis.start(world.counsellor, bilan);
				Map<Section, String> sections = new EnumMap<>(Section.class);
				for (Section section : Section.values()) {
					sections.put(section, section.field() + " " + canary);
				}
				synthesis.save(world.counsellor, bilan, 1, sections);
				synthesis.comment(world.counsellor, bilan, Section.SKILLS, canary);
				ActionForm action = new ActionForm();
				action.setProject(canary);
				action.setDescription(canary);
				action.setFirstStep(canary);
				action.setResources(canary);
				action.setContacts(canary);
				action.setTargetDate(LocalDate.of(2027, 3, 1));
				synthesis.addAction(world.counsellor, bilan, action);
				shares.insert(bilan.value(), 1, canary, ShareService.hash(canary + "-token"), ShareService.hash(canary + "-code"),
						LocalDate.of(2027, 1, 1), java.time.Instant.now());
				journey.moveToPhase(world.counsellor, bilan, BilanState.INVESTIGATION, "back to the investigation after the synthesis was planted");
			}
		};
	}
}
