package be.balise.contract;

import java.math.BigDecimal;
import java.time.LocalDate;

import be.balise.assessment.AccessMode;
import be.balise.assessment.AssessmentAccess;
import be.balise.assessment.BilanId;
import be.balise.assessment.BilanPart;
import be.balise.assessment.BilanSummary;
import be.balise.identity.CurrentUser;
import be.balise.identity.Role;
import be.balise.scheme.ConventionParty;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Walks a bilan from its first meeting to {@code contracted} in one call, as each real party: for the demo data
 * and the tests' worlds, whose people have no password anyone knows. Every relation is checked as on the pages;
 * only the password confirmation is skipped. No page or route uses this class (ContractShortcutTest checks it).
 */
@Service
@Transactional
public class ContractShortcut {

	private final FirstMeetingService meetings;
	private final ConventionService conventions;
	private final ConsentService consents;
	private final Conventions rows;
	private final AssessmentAccess access;
	private final java.time.Clock clock;

	ContractShortcut(FirstMeetingService meetings, ConventionService conventions, ConsentService consents, Conventions rows,
			AssessmentAccess access, java.time.Clock clock) {
		this.clock = clock;
		this.meetings = meetings;
		this.conventions = conventions;
		this.consents = consents;
		this.rows = rows;
		this.access = access;
	}

	/**
	 * Records the first meeting (completing its frame where the caller left it empty), decides to continue, has
	 * every party sign (the employer on paper, recorded by the operator admin) and the worker consent.
	 */
	public void contract(BilanId bilan, CurrentUser counsellor, CurrentUser worker, CurrentUser operatorAdmin,
			CurrentUser fundOfficer, FirstMeetingForm meeting) {
		complete(meeting);
		meetings.continueToConvention(counsellor, bilan, meeting);
		Conventions.Row row = rows.find(bilan.value()).orElseThrow();
		for (ConventionParty party : row.parties()) {
			switch (party) {
				case WORKER -> conventions.signConfirmed(worker, summary(worker, bilan), Role.WORKER, row.sha256());
				case OPERATOR -> conventions.signConfirmed(operatorAdmin, summary(operatorAdmin, bilan), Role.OPERATOR_ADMIN,
						row.sha256());
				case FUND -> conventions.signConfirmed(fundOfficer, summary(fundOfficer, bilan), Role.FUND_OFFICER, row.sha256());
				case EMPLOYER -> rows.sign(bilan.value(), new Conventions.Signature(ConventionParty.EMPLOYER, null,
						"Employeur", "EMPLOYER", row.sha256(), clock.instant(), meeting.getHeldOn(),
						operatorAdmin.id().value(), null));
			}
		}
		consents.give(worker, bilan, true, true);
	}

	private BilanSummary summary(CurrentUser user, BilanId bilan) {
		return access.require(user, bilan, BilanPart.CONVENTION, AccessMode.READ);
	}

	private static void complete(FirstMeetingForm meeting) {
		if (meeting.getHeldOn() == null) {
			meeting.setHeldOn(LocalDate.now());
		}
		meeting.setPresentedOperator(true);
		meeting.setPresentedProcess(true);
		meeting.setPresentedMethods(true);
		meeting.setPresentedTools(true);
		meeting.setVoluntaryConfirmed(true);
		if (meeting.getPlannedHours() == null) {
			meeting.setPlannedHours(BigDecimal.valueOf(12));
		}
		if (meeting.getRhythmWeeks() == null) {
			meeting.setRhythmWeeks(2);
		}
		if (meeting.getModality() == null) {
			meeting.setModality(MeetingModality.IN_PERSON);
		}
	}
}
