package be.balise.casework;

import java.util.List;
import java.util.Map;
import java.util.Set;

import be.balise.assessment.BilanContent;
import be.balise.assessment.BilanId;
import org.springframework.stereotype.Component;

/** Objectives and their comments are content, exported to the worker and destroyed with the bilan's content. */
@Component
class ObjectiveContent implements BilanContent {

	private final Objectives objectives;

	ObjectiveContent(Objectives objectives) {
		this.objectives = objectives;
	}

	@Override
	public String kind() {
		return ObjectiveService.KIND;
	}

	@Override
	public Set<String> tables() {
		return Set.of(Objectives.TABLE, Objectives.COMMENTS);
	}

	@Override
	public List<Map<String, Object>> export(BilanId bilan) {
		return objectives.open(bilan.value()).stream().map(objective -> Map.<String, Object>of(
				"text", objective.text(), "updatedAt", objective.updatedAt().toString(),
				"comments", objective.comments().stream().map(comment -> Map.of("text", comment.text(),
						"writtenAt", comment.writtenAt().toString())).toList())).toList();
	}

	@Override
	public void destroy(BilanId bilan) {
		objectives.deleteAll(bilan.value());
	}
}
