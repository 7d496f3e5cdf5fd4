package be.balise.planning;

import java.util.Set;

import be.balise.assessment.AdministrativeRecords;
import org.springframework.stereotype.Component;

/** Session dates, durations, the agreed rhythm and free slots (times, no place) are administration: the fund follows hours. */
@Component
class PlanningRecords implements AdministrativeRecords {

	@Override
	public Set<String> tables() {
		return Set.of("bilan_session", "bilan_rhythm", "free_slot");
	}
}
