package be.balise.contract;

import java.util.List;
import java.util.Map;
import java.util.Set;

import be.balise.assessment.BilanContent;
import be.balise.assessment.BilanId;
import org.springframework.stereotype.Component;

/** The motives recorded at the first meeting are content; the checklist and date are administration. */
@Component
class FirstMeetingContent implements BilanContent {

	private final FirstMeetings meetings;

	FirstMeetingContent(FirstMeetings meetings) {
		this.meetings = meetings;
	}

	@Override
	public String kind() {
		return "contract.first-meeting";
	}

	@Override
	public Set<String> tables() {
		return Set.of("first_meeting");
	}

	@Override
	public List<Map<String, Object>> export(BilanId bilan) {
		return meetings.find(bilan.value()).map(record -> List.<Map<String, Object>>of(Map.of(
				"heldOn", record.getHeldOn().toString(), "motives", record.getMotives()))).orElse(List.of());
	}

	@Override
	public void destroy(BilanId bilan) {
		meetings.destroyMotives(bilan.value());
	}
}
