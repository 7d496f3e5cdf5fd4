package be.balise.assessment;

import java.util.Set;

import org.springframework.stereotype.Component;

/** The bilan row itself: state, parties and dates, which outlive content. */
@Component
class BilanAdministration implements AdministrativeRecords {

	@Override
	public Set<String> tables() {
		return Set.of("bilan");
	}
}
