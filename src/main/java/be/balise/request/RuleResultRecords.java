package be.balise.request;

import java.util.Set;

import be.balise.assessment.AdministrativeRecords;
import org.springframework.stereotype.Component;

/** The rules' results on a request: administration (which rule, met or not, a reason from a fixed list). */
@Component
class RuleResultRecords implements AdministrativeRecords {

	@Override
	public Set<String> tables() {
		return Set.of("request_rule_result");
	}
}
