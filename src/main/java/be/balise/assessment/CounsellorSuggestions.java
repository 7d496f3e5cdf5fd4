package be.balise.assessment;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import be.balise.identity.AccountId;
import be.balise.identity.AccountService;
import be.balise.organisation.Counsellor;
import be.balise.organisation.OperatorId;
import be.balise.organisation.Organisations;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Suggests counsellors for a bilan: first those who speak the worker's language, then by free capacity (capacity
 * minus the bilans they hold that have not ended), then by name. Only available counsellors are suggested.
 */
@Component
class CounsellorSuggestions {

	private final JdbcClient jdbc;
	private final Organisations organisations;
	private final ObjectProvider<WorkerLanguages> languages;
	private final AccountService accounts;

	CounsellorSuggestions(JdbcClient jdbc, Organisations organisations, ObjectProvider<WorkerLanguages> languages,
			AccountService accounts) {
		this.jdbc = jdbc;
		this.organisations = organisations;
		this.languages = languages;
		this.accounts = accounts;
	}

	List<CounsellorSuggestion> forBilan(BilanSummary bilan) {
		if (bilan.operatorId() == null) {
			return List.of();
		}
		String language = language(bilan);
		List<Counsellor> counsellors = organisations.counsellorsOf(new OperatorId(bilan.operatorId())).stream()
				.filter(Counsellor::available).toList();
		Map<UUID, Integer> active = activeBilans(counsellors.stream().map(c -> c.accountId().value()).toList());
		return counsellors.stream()
				.map(c -> new CounsellorSuggestion(c.accountId().value(), c.displayName(), c.capacity(),
						active.getOrDefault(c.accountId().value(), 0),
						c.languages().stream().anyMatch(l -> l.code().equals(language))))
				.sorted(Comparator.comparing(CounsellorSuggestion::speaksLanguage).reversed()
						.thenComparing(Comparator.comparingInt(CounsellorSuggestion::free).reversed())
						.thenComparing(s -> s.name().toLowerCase(Locale.ROOT)))
				.toList();
	}

	/** The request's language; the worker's own language when no request says it. */
	String language(BilanSummary bilan) {
		return languages.stream().map(l -> l.of(bilan.id())).flatMap(java.util.Optional::stream).findFirst()
				.or(() -> accounts.findById(new AccountId(bilan.workerId())).map(w -> w.locale().getLanguage()))
				.orElse("fr");
	}

	private Map<UUID, Integer> activeBilans(List<UUID> counsellors) {
		if (counsellors.isEmpty()) {
			return Map.of();
		}
		return jdbc.sql("""
				select counsellor_id, count(*) as active from bilan
				where counsellor_id in (:ids) and state not in (:final) group by counsellor_id""")
				.param("ids", counsellors).param("final", BilanState.FINAL.stream().map(Enum::name).toList())
				.query((rs, row) -> Map.entry(rs.getObject("counsellor_id", UUID.class), rs.getInt("active")))
				.list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}
}
