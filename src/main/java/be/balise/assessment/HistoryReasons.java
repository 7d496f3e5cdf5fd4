package be.balise.assessment;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The reasons given for moves of the journey are content; the moves themselves are administration. */
@Component
class HistoryReasons implements BilanContent {

	private final Bilans bilans;
	private final JdbcClient jdbc;

	HistoryReasons(Bilans bilans, JdbcClient jdbc) {
		this.bilans = bilans;
		this.jdbc = jdbc;
	}

	@Override
	public String kind() {
		return "assessment.history-reasons";
	}

	@Override
	public Set<String> tables() {
		return Set.of("bilan_history");
	}

	@Override
	public List<Map<String, Object>> export(BilanId bilan) {
		return bilans.historyWithReasons(bilan).stream()
				.filter(entry -> entry.reason() != null)
				.map(entry -> Map.<String, Object>of("at", entry.at().toString(), "to",
						entry.to() == null ? "" : entry.to().name(), "reason", entry.reason()))
				.toList();
	}

	@Override
	public void destroy(BilanId bilan) {
		jdbc.sql("update bilan_history set reason = null where bilan_id = :bilan").param("bilan", bilan.value()).update();
	}
}
