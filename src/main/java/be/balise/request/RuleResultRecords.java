package be.balise.request;

import java.util.Set;

import be.balise.assessment.AdministrativeRecords;
import org.springframework.stereotype.Component;

/** The rules' results on a request and the code of a refusal: administration (reasons from fixed lists). */
@Component
class RuleResultRecords implements AdministrativeRecords {

	@Override
	public Set<String> tables() {
		return Set.of("request_rule_result", "request_refusal");
	}
}
