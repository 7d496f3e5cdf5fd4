package be.balise.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.UUID;

import be.balise.assessment.BilanId;
import be.balise.identity.CurrentUser;
import be.balise.testing.FullStackTest;
import be.balise.testing.World;
import be.balise.testing.WorldFactory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Merging two options keeps both texts in the one kept and sets the other aside with a reason; nobody else may. */
@FullStackTest
@Tag("balises-K3")
class OptionMergeTest {

	@Autowired MockMvc mvc;
	@Autowired WorldFactory worlds;
	@Autowired OptionService options;

	@Test
	void theWorkerMergesTwoOptionsAndBothTextsAreKept() throws Exception {
		World world = worlds.create();
		CurrentUser worker = world.worker("Pauline");
		BilanId bilan = world.investigating(worker, "raisons", "motivations");
		UUID kept = options.add(world.counsellor, bilan, new OptionText("Ébéniste", "Travail du bois", "Poussière", "", ""));
		UUID absorbed = options.add(worker, bilan, new OptionText("Menuisière d'agencement", "Travail du bois",
				"Horaires", "Demande forte", "Un stage"));

		var merge = post("/worker/bilans/" + bilan + "/options/" + absorbed + "/merge").param("into", kept.toString()).with(csrf());
		var asCounsellor = post("/counsellor/bilans/" + bilan + "/options/" + absorbed + "/merge").param("into", kept.toString())
				.with(csrf());
		assertThat(mvc.perform(merge.with(user(world.worker("Quentin")))).andReturn().getResponse().getStatus()).isEqualTo(404);
		for (CurrentUser other : List.of(world.colleague, world.otherOperatorCounsellor)) {
			assertThat(mvc.perform(asCounsellor.with(user(other))).andReturn().getResponse().getStatus()).isEqualTo(404);
		}
		assertThat(mvc.perform(merge.with(user(world.fundOfficer))).andReturn().getResponse().getStatus()).isIn(403, 404);
		assertThat(mvc.perform(merge.with(user(worker))).andReturn().getFlashMap().get("flash")).isEqualTo("casework.options.merged");

		List<PathOption> after = options.read(world.counsellor, bilan);
		PathOption merged = after.stream().filter(o -> o.id().equals(kept)).findFirst().orElseThrow();
		assertThat(merged.text().description()).isEqualTo("Ébéniste\n\nMenuisière d'agencement");
		assertThat(merged.text().pros()).isEqualTo("Travail du bois");
		assertThat(merged.text().cons()).isEqualTo("Poussière\n\nHoraires");
		assertThat(merged.text().realism()).isEqualTo("Demande forte");
		assertThat(merged.dropped()).isFalse();
		PathOption gone = after.stream().filter(o -> o.id().equals(absorbed)).findFirst().orElseThrow();
		assertThat(gone.dropped()).isTrue();
		assertThat(gone.droppedReason()).contains("Fusionnée");

		assertThat(options.merge(world.counsellor, bilan, kept, absorbed, "encore")).isFalse();
		assertThat(options.merge(world.counsellor, bilan, kept, kept, "soi-même")).isFalse();
	}
}
