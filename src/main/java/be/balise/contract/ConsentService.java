package be.balise.contract;

import java.time.Clock;

import be.balise.assessment.BilanId;
import be.balise.assessment.BilanNotFound;
import be.balise.assessment.BilanState;
import be.balise.assessment.BilanSummary;
import be.balise.assessment.AssessmentAccess;
import be.balise.assessment.Journey;
import be.balise.assessment.TransitionRefused;
import be.balise.identity.CurrentUser;
import be.balise.identity.Role;
import be.balise.reference.DocumentKind;
import be.balise.reference.ReferenceDocuments;
import be.balise.scheme.Scheme;
import be.balise.scheme.SchemeId;
import be.balise.scheme.Schemes;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The worker acknowledges the charter and gives explicit consent (GDPR art. 9) after a plain notice; they may
 * read it again at any time and withdraw, which ends the bilan as {@code abandoned} (its retention starts then).
 */
@Service
@Transactional
public class ConsentService {

	private final Consents consents;
	private final ConventionService conventions;
	private final AssessmentAccess access;
	private final Journey journey;
	private final Schemes schemes;
	private final ReferenceDocuments documents;
	private final Clock clock;

	ConsentService(Consents consents, ConventionService conventions, AssessmentAccess access, Journey journey,
			Schemes schemes, ReferenceDocuments documents, Clock clock) {
		this.documents = documents;
		this.consents = consents;
		this.conventions = conventions;
		this.access = access;
		this.journey = journey;
		this.schemes = schemes;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public ConsentView view(CurrentUser worker, BilanId id) {
		BilanSummary bilan = access.requireRelation(worker, id, Role.WORKER);
		Scheme scheme = schemes.find(new SchemeId(bilan.schemeId())).orElseThrow(BilanNotFound::new);
		var row = consents.find(id.value());
		boolean mayGive = row.isEmpty() && bilan.state() == BilanState.FIRST_MEETING;
		boolean mayWithdraw = row.map(Consents.Row::active).orElse(false) && !bilan.state().isFinal();
		String version = row.map(Consents.Row::charterVersion).orElseGet(this::currentCharterVersion);
		String path = row.isPresent() ? Charter.PATH + "/versions/" + version : Charter.PATH;
		return new ConsentView(id, scheme.retentionMonths(), path, version,
				row.map(Consents.Row::givenAt).orElse(null), row.map(Consents.Row::withdrawnAt).orElse(null), mayGive,
				mayWithdraw);
	}

	/** Both boxes must be ticked; giving twice has one effect. Returns whether the bilan is now contracted. */
	public boolean give(CurrentUser worker, BilanId id, boolean charterAcknowledged, boolean consent) {
		BilanSummary bilan = access.requireRelation(worker, id, Role.WORKER);
		if (!charterAcknowledged || !consent) {
			throw new TransitionRefused("contract.refused.consentBoxes");
		}
		if (bilan.state() != BilanState.FIRST_MEETING) {
			throw new TransitionRefused("contract.refused.closed");
		}
		if (consents.give(id.value(), currentCharterVersion(), Charter.NOTICE_VERSION, clock.instant())) {
			conventions.contractIfComplete(worker, bilan, Role.WORKER);
		}
		return access.requireRelation(worker, id, Role.WORKER).state() == BilanState.CONTRACTED;
	}

	/** The version of the quality charter the worker reads now (the reference module keeps its versions). */
	private String currentCharterVersion() {
		return String.valueOf(documents.current(DocumentKind.CHARTER).version());
	}

	/** Withdraws consent: the bilan ends as abandoned, which starts its retention. */
	public void withdraw(CurrentUser worker, BilanId id, String reason) {
		BilanSummary bilan = access.requireRelation(worker, id, Role.WORKER);
		if (bilan.state().isFinal()) {
			throw new TransitionRefused("contract.refused.closed");
		}
		if (!consents.withdraw(id.value(), clock.instant())) {
			throw new TransitionRefused("contract.refused.noConsent");
		}
		journey.abandon(worker, id, reason);
		conventions.settle(id, "WITHDRAWN");
	}
}
