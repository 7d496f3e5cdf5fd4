package be.balise.synthesis;

import be.balise.assessment.BilanNotFound;
import org.springframework.stereotype.Component;

/** What a share opens: the shared revision of the synthesis with its action plan, and nothing else of the bilan. */
@Component
class SharedSynthesis {

	private final Revisions revisions;
	private final ActionPlan actions;
	private final Shares shares;
	private final SynthesisPdf pdf;

	SharedSynthesis(Revisions revisions, ActionPlan actions, Shares shares, SynthesisPdf pdf) {
		this.revisions = revisions;
		this.actions = actions;
		this.shares = shares;
		this.pdf = pdf;
	}

	Document document(ShareService.Opened opened) {
		Revision revision = revisions.find(opened.bilan().value(), opened.revisionNumber()).orElseThrow(BilanNotFound::new);
		Shares.People people = shares.people(opened.bilan().value()).orElseThrow(BilanNotFound::new);
		return pdf.document(revision, actions.all(opened.bilan().value()), people.workerId(), people.counsellorId(), people.schemeId());
	}
}
