package be.balise.scheme;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The rules of each scheme version, in the order the fund set them. */
@Repository
public class SchemeRules {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	SchemeRules(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<SchemeRule> of(SchemeId scheme) {
		return jdbc.sql("select rule_type, params::text as params from scheme_rule where scheme_id = :scheme order by position")
				.param("scheme", scheme.value())
				.query((rs, row) -> new SchemeRule(RuleType.valueOf(rs.getString("rule_type")),
						JSON.readTree(rs.getString("params"))))
				.list();
	}
}
