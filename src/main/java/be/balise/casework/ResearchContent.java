package be.balise.casework;

import java.util.List;
import java.util.Map;
import java.util.Set;

import be.balise.assessment.BilanContent;
import be.balise.assessment.BilanId;
import org.springframework.stereotype.Component;

/** The research log is content: exported to the worker, destroyed with the bilan's content. */
@Component
class ResearchContent implements BilanContent {

	private final ResearchLog log;

	ResearchContent(ResearchLog log) {
		this.log = log;
	}

	@Override
	public String kind() {
		return ResearchService.KIND;
	}

	@Override
	public Set<String> tables() {
		return Set.of(ResearchLog.TABLE);
	}

	@Override
	public List<Map<String, Object>> export(BilanId bilan) {
		return log.open(bilan.value()).stream().map(entry -> Map.<String, Object>of("category", entry.category().name(),
				"title", entry.title(), "link", entry.link(), "summary", entry.summary(), "date", entry.happenedOn().toString()))
				.toList();
	}

	@Override
	public void destroy(BilanId bilan) {
		log.deleteAll(bilan.value());
	}
}
