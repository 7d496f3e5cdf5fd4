package be.balise.scheme;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Which operators a fund offers under a scheme, for which days. A selection belongs to the scheme (its code),
 * not to one version, so it holds across versions. A scheme whose fund never selected any operator offers every
 * operator (a new installation works before anyone has chosen); once one selection exists, only the operators
 * selected for the day are offered.
 */
@Repository
public class OperatorSelections {

	/** One selection: this operator is offered from {@code from} to {@code to} (null: until further notice). */
	public record Selection(UUID id, UUID operatorId, LocalDate from, LocalDate to) {

		public boolean covers(LocalDate day) {
			return !day.isBefore(from) && (to == null || !day.isAfter(to));
		}
	}

	private final JdbcClient jdbc;

	OperatorSelections(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The operators offered under this scheme version's scheme on this day; {@code all} when none was ever selected. */
	public Set<UUID> offered(Scheme scheme, LocalDate day, Set<UUID> all) {
		List<Selection> selections = of(scheme.code());
		if (selections.isEmpty()) {
			return all;
		}
		return Set.copyOf(selections.stream().filter(s -> s.covers(day)).map(Selection::operatorId)
				.filter(all::contains).toList());
	}

	public boolean offers(Scheme scheme, UUID operator, LocalDate day) {
		List<Selection> selections = of(scheme.code());
		return selections.isEmpty() || selections.stream().anyMatch(s -> s.operatorId().equals(operator) && s.covers(day));
	}

	List<Selection> of(String code) {
		return jdbc.sql("""
				select id, operator_id, valid_from, valid_to from scheme_operator
				where scheme_code = :code order by valid_from, id""")
				.param("code", code)
				.query((rs, row) -> new Selection(rs.getObject("id", UUID.class), rs.getObject("operator_id", UUID.class),
						rs.getDate("valid_from").toLocalDate(),
						rs.getDate("valid_to") == null ? null : rs.getDate("valid_to").toLocalDate()))
				.list();
	}

	void add(String code, UUID operator, LocalDate from, LocalDate to, UUID by, Instant now) {
		jdbc.sql("""
				insert into scheme_operator (id, scheme_code, operator_id, valid_from, valid_to, created_by, created_at)
				values (:id, :code, :operator, :from, :to, :by, :now)""")
				.param("id", UUID.randomUUID()).param("code", code).param("operator", operator)
				.param("from", Date.valueOf(from)).param("to", to == null ? null : Date.valueOf(to))
				.param("by", by).param("now", Timestamp.from(now)).update();
	}

	/** Ends a selection on a day (the day before it started removes it: it never applied). */
	boolean end(String code, UUID selection, LocalDate lastDay) {
		int removed = jdbc.sql("delete from scheme_operator where id = :id and scheme_code = :code and valid_from > :last")
				.param("id", selection).param("code", code).param("last", Date.valueOf(lastDay)).update();
		if (removed == 1) {
			return true;
		}
		return jdbc.sql("""
				update scheme_operator set valid_to = :last
				where id = :id and scheme_code = :code and (valid_to is null or valid_to > :last)""")
				.param("id", selection).param("code", code).param("last", Date.valueOf(lastDay)).update() == 1;
	}
}
