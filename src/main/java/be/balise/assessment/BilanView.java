package be.balise.assessment;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A bilan as one page shows it: its administration, the names of the people and organisations involved, and
 * its history (with reasons only for those who may read them).
 */
public record BilanView(BilanSummary bilan, String schemeName, Map<UUID, String> names, String operatorName,
		List<HistoryEntry> history) {

	public String nameOf(UUID account) {
		return account == null ? "" : names.getOrDefault(account, "");
	}
}
