package be.balise.casework;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import be.balise.assessment.BilanContent;
import be.balise.assessment.BilanId;
import org.springframework.stereotype.Component;

/** Tasks and the worker's comments on them are content: exported, destroyed with the bilan's content. */
@Component
class TaskContent implements BilanContent {

	private final Tasks tasks;

	TaskContent(Tasks tasks) {
		this.tasks = tasks;
	}

	@Override
	public String kind() {
		return TaskService.KIND;
	}

	@Override
	public Set<String> tables() {
		return Set.of(Tasks.TABLE);
	}

	@Override
	public List<Map<String, Object>> export(BilanId bilan) {
		return tasks.open(bilan.value()).stream().map(task -> {
			Map<String, Object> row = new HashMap<>();
			row.put("text", task.text());
			row.put("createdAt", task.createdAt().toString());
			if (task.done()) {
				row.put("doneAt", task.doneAt().toString());
				row.put("comment", task.comment());
			}
			return row;
		}).toList();
	}

	@Override
	public void destroy(BilanId bilan) {
		tasks.deleteAll(bilan.value());
	}
}
