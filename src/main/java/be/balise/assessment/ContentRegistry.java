package be.balise.assessment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

/** Every kind of bilan content the application holds, as registered by the modules. */
@Service
public class ContentRegistry {

	private final List<BilanContent> kinds;
	private final List<AdministrativeRecords> administration;

	ContentRegistry(List<BilanContent> kinds, List<AdministrativeRecords> administration) {
		this.kinds = kinds;
		this.administration = administration;
	}

	public List<BilanContent> kinds() {
		return kinds;
	}

	public Set<String> contentTables() {
		return kinds.stream().flatMap(kind -> kind.tables().stream()).collect(Collectors.toSet());
	}

	public Set<String> administrativeTables() {
		return administration.stream().flatMap(records -> records.tables().stream()).collect(Collectors.toSet());
	}

	/** The worker's content, kind by kind. */
	public Map<String, List<Map<String, Object>>> export(BilanId bilan) {
		Map<String, List<Map<String, Object>>> export = new LinkedHashMap<>();
		kinds.forEach(kind -> export.put(kind.kind(), kind.export(bilan)));
		return export;
	}

	/** Destroys every kind of content of one bilan. */
	public void destroy(BilanId bilan) {
		kinds.forEach(kind -> kind.destroy(bilan));
	}
}
