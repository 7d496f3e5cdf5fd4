package be.balise.instruments;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import be.balise.assessment.BilanContent;
import be.balise.assessment.BilanId;
import org.springframework.stereotype.Component;

/** The skills portfolio is content: exported to the worker, destroyed with the bilan's content. */
@Component
class PortfolioContent implements BilanContent {

	private final Portfolio portfolio;

	PortfolioContent(Portfolio portfolio) {
		this.portfolio = portfolio;
	}

	@Override
	public String kind() {
		return PortfolioService.KIND;
	}

	@Override
	public Set<String> tables() {
		return Set.of(Portfolio.EXPERIENCES, Portfolio.SKILLS);
	}

	@Override
	public List<Map<String, Object>> export(BilanId bilan) {
		List<Map<String, Object>> export = new ArrayList<>();
		for (Experience experience : portfolio.list(bilan.value())) {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("kind", experience.kind().name());
			row.put("startedOn", experience.startedOn().toString());
			row.put("endedOn", experience.endedOn() == null ? "" : experience.endedOn().toString());
			row.put("title", experience.title());
			row.put("description", experience.description());
			List<Map<String, Object>> skills = new ArrayList<>();
			for (Experience.Skill skill : experience.skills()) {
				Map<String, Object> s = new LinkedHashMap<>();
				s.put("name", skill.name());
				s.put("level", skill.level());
				s.put("nature", skill.nature().name());
				s.put("transferable", skill.transferable());
				s.put("evidence", skill.evidence());
				skills.add(s);
			}
			row.put("skills", skills);
			export.add(row);
		}
		return export;
	}

	@Override
	public void destroy(BilanId bilan) {
		portfolio.deleteAll(bilan.value());
	}
}
