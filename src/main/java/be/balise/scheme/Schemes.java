package be.balise.scheme;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The schemes installed, newest version of each. */
@Repository
public class Schemes {

	private static final String COLUMNS = """
			id, code, version, fund_id, name_fr, name_nl, name_en, audience_fr, audience_nl, audience_en,
			follow_up_interviews, signing_deadline_days, max_hours, retention_months, example, convention_parties,
			extension_months, appraisal_questionnaire""";

	private final JdbcClient jdbc;

	Schemes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Scheme> find(SchemeId id) {
		return jdbc.sql("select " + COLUMNS + " from scheme where id = :id")
				.param("id", id.value()).query(Schemes::scheme).optional();
	}

	/** The schemes a worker may apply for: the current version of each active scheme. */
	public List<Scheme> open() {
		return jdbc.sql("select " + COLUMNS + " from scheme where active order by code")
				.query(Schemes::scheme).list();
	}

	public List<Scheme> ofFund(UUID fundId) {
		return jdbc.sql("select " + COLUMNS + " from scheme where fund_id = :fund and active order by code")
				.param("fund", fundId).query(Schemes::scheme).list();
	}

	/** Every version of every scheme of a fund, current or not: bilans keep the version they were requested under. */
	public Set<UUID> versionIdsOfFund(UUID fundId) {
		return Set.copyOf(jdbc.sql("select id from scheme where fund_id = :fund").param("fund", fundId).query(UUID.class).list());
	}

	/** Attaches the shipped example schemes that no fund owns yet to a fund (the demo's, or a new installation's). */
	public int adoptExamples(UUID fundId) {
		return jdbc.sql("update scheme set fund_id = :fund where example and fund_id is null")
				.param("fund", fundId).update();
	}

	private static Scheme scheme(ResultSet rs, int row) throws SQLException {
		return new Scheme(new SchemeId(rs.getObject("id", UUID.class)), rs.getString("code"), rs.getInt("version"),
				rs.getObject("fund_id", UUID.class), rs.getString("name_fr"), rs.getString("name_nl"), rs.getString("name_en"),
				rs.getString("audience_fr"), rs.getString("audience_nl"), rs.getString("audience_en"),
				rs.getInt("follow_up_interviews"), (Integer) rs.getObject("signing_deadline_days"), rs.getBigDecimal("max_hours"),
				rs.getInt("retention_months"), rs.getBoolean("example"), parties(rs.getString("convention_parties")),
				rs.getInt("extension_months"), rs.getString("appraisal_questionnaire"));
	}

	private static Set<ConventionParty> parties(String stored) {
		return Arrays.stream(stored.split(",")).map(String::trim).filter(name -> !name.isEmpty())
				.map(ConventionParty::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(ConventionParty.class)));
	}
}
