package be.balise.demo;

import static org.assertj.core.api.Assertions.assertThat;

import be.balise.assessment.BilanLists;
import be.balise.assessment.BilanState;
import be.balise.assessment.BilanSummary;
import be.balise.identity.AccountService;
import be.balise.identity.CurrentUser;
import be.balise.synthesis.SynthesisService;
import be.balise.testing.DemoStackTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo holds a synthesis under discussion (bilan in conclusion) and a validated one (closed bilan). */
@DemoStackTest
class DemoSynthesesTest {

	@Autowired AccountService accounts;
	@Autowired BilanLists lists;
	@Autowired SynthesisService synthesis;

	@Test
	void aDraftUnderDiscussionInTheConclusion() {
		CurrentUser ines = accounts.findByEmail("ines@demo.balise.be").orElseThrow();
		BilanSummary bilan = lists.ofWorker(ines.id().value()).get(0);
		assertThat(bilan.state()).isEqualTo(BilanState.CONCLUSION);

		var view = synthesis.view(ines, bilan.id());
		assertThat(view.latest()).isPresent();
		assertThat(view.validated()).isEmpty();
		assertThat(view.comments()).isNotEmpty();
		assertThat(view.actions()).isNotEmpty();
	}

	@Test
	void aValidatedSynthesisOnAClosedBilan() {
		CurrentUser david = accounts.findByEmail("david@demo.balise.be").orElseThrow();
		BilanSummary bilan = lists.ofWorker(david.id().value()).get(0);
		assertThat(bilan.state()).isEqualTo(BilanState.CLOSED);

		assertThat(synthesis.finalRevision(david, bilan.id())).hasValueSatisfying(revision -> assertThat(revision.validated()).isTrue());
	}
}
