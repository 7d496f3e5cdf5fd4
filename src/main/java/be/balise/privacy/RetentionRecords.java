package be.balise.privacy;

import java.util.Set;

import be.balise.assessment.AdministrativeRecords;
import org.springframework.stereotype.Component;

/**
 * The retention dates and erasure requests are administration: they say that content was (or should be) destroyed,
 * never what it was.
 */
@Component
class RetentionRecords implements AdministrativeRecords {

	@Override
	public Set<String> tables() {
		return Set.of("bilan_retention", "erasure_request");
	}
}
