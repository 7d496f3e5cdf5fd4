package be.balise.contract;

import java.time.Clock;
import java.util.Optional;

import be.balise.assessment.AccessMode;
import be.balise.assessment.AssessmentAccess;
import be.balise.assessment.BilanId;
import be.balise.assessment.BilanPart;
import be.balise.assessment.BilanState;
import be.balise.assessment.BilanSummary;
import be.balise.assessment.TransitionRefused;
import be.balise.identity.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The first-meeting record: written by the bilan's counsellor, read by them and the worker (audited). When the
 * counsellor decides to continue, the record is closed and the convention is generated from its frame.
 */
@Service
@Transactional
public class FirstMeetingService {

	private final FirstMeetings meetings;
	private final ConventionService conventions;
	private final AssessmentAccess access;
	private final Clock clock;

	FirstMeetingService(FirstMeetings meetings, ConventionService conventions, AssessmentAccess access, Clock clock) {
		this.meetings = meetings;
		this.conventions = conventions;
		this.access = access;
		this.clock = clock;
	}

	public BilanSummary record(CurrentUser counsellor, BilanId bilan, FirstMeetingForm form) {
		BilanSummary summary = access.require(counsellor, bilan, BilanPart.FIRST_MEETING, AccessMode.WRITE);
		if (summary.state() != BilanState.FIRST_MEETING || decided(bilan)) {
			throw new TransitionRefused("contract.refused.firstMeetingClosed");
		}
		meetings.save(bilan.value(), form, clock.instant());
		return summary;
	}

	/**
	 * Records the meeting and the decision to continue, then generates the convention (once). The checklist, the
	 * voluntary participation, the planned hours, the rhythm and the modality must all be there.
	 */
	public BilanSummary continueToConvention(CurrentUser counsellor, BilanId bilan, FirstMeetingForm form) {
		if (!form.readyForConvention()) {
			throw new TransitionRefused("contract.refused.firstMeetingIncomplete");
		}
		BilanSummary summary = record(counsellor, bilan, form);
		if (meetings.decideToContinue(bilan.value(), clock.instant())) {
			conventions.generate(summary);
		}
		return summary;
	}

	public Optional<FirstMeetingForm> read(CurrentUser reader, BilanId bilan) {
		access.readContent(reader, bilan, BilanPart.FIRST_MEETING, "contract.first-meeting", bilan.value(),
				"view first meeting");
		return meetings.find(bilan.value());
	}

	/** Whether the counsellor already decided to continue (the record is then closed). */
	@Transactional(readOnly = true)
	boolean decided(BilanId bilan) {
		return meetings.frame(bilan.value()).map(FirstMeetings.Frame::decided).orElse(false);
	}
}
