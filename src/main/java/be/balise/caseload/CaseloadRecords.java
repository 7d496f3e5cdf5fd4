package be.balise.caseload;

import java.util.Set;

import be.balise.assessment.AdministrativeRecords;
import org.springframework.stereotype.Component;

/** The caseload read model holds ids, states, dates and minutes of each bilan: administration, never content. */
@Component
class CaseloadRecords implements AdministrativeRecords {

	@Override
	public Set<String> tables() {
		return Set.of("caseload_entry");
	}
}
