package be.balise.contract;

import java.time.Clock;
import java.util.Optional;

import be.balise.assessment.AccessMode;
import be.balise.assessment.AssessmentAccess;
import be.balise.assessment.BilanId;
import be.balise.assessment.BilanPart;
import be.balise.assessment.BilanSummary;
import be.balise.identity.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The first-meeting record: written by the bilan's counsellor, read by them and the worker (audited). */
@Service
@Transactional
public class FirstMeetingService {

	private final FirstMeetings meetings;
	private final AssessmentAccess access;
	private final Clock clock;

	FirstMeetingService(FirstMeetings meetings, AssessmentAccess access, Clock clock) {
		this.meetings = meetings;
		this.access = access;
		this.clock = clock;
	}

	public BilanSummary record(CurrentUser counsellor, BilanId bilan, FirstMeetingForm form) {
		BilanSummary summary = access.require(counsellor, bilan, BilanPart.FIRST_MEETING, AccessMode.WRITE);
		meetings.save(bilan.value(), form, clock.instant());
		return summary;
	}

	public Optional<FirstMeetingForm> read(CurrentUser reader, BilanId bilan) {
		access.readContent(reader, bilan, BilanPart.FIRST_MEETING, "contract.first-meeting", bilan.value(),
				"view first meeting");
		return meetings.find(bilan.value());
	}
}
