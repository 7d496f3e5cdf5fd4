package be.balise.instruments;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import be.balise.assessment.BilanContent;
import be.balise.assessment.BilanId;
import org.springframework.stereotype.Component;

/** Answers, shared readings and comments of instruments are content of the bilan. */
@Component
class InstrumentContent implements BilanContent {

	private final InstrumentAssignments assignments;

	InstrumentContent(InstrumentAssignments assignments) {
		this.assignments = assignments;
	}

	@Override
	public String kind() {
		return InstrumentService.KIND;
	}

	@Override
	public Set<String> tables() {
		return Set.of("instrument_assignment");
	}

	@Override
	public List<Map<String, Object>> export(BilanId bilan) {
		List<Map<String, Object>> export = new ArrayList<>();
		for (AssignmentSummary summary : assignments.ofBilan(bilan.value())) {
			assignments.find(bilan.value(), summary.id()).ifPresent(assignment -> {
				Map<String, Object> row = new LinkedHashMap<>();
				row.put("instrument", assignment.instrument() + " v" + assignment.instrumentVersion());
				row.put("answers", assignment.answers());
				row.put("writtenAnswers", assignment.textAnswers());
				row.put("sharedReading", assignment.sharedReading());
				row.put("comment", assignment.workerComment());
				export.add(row);
			});
		}
		return export;
	}

	@Override
	public void destroy(BilanId bilan) {
		assignments.destroyContent(bilan.value());
	}
}
