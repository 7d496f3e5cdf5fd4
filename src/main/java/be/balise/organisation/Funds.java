package be.balise.organisation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import be.balise.identity.AccountId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The funds. */
@Repository
class Funds {

	private final JdbcClient jdbc;

	Funds(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(FundId id, String name, String shortName, Instant now) {
		jdbc.sql("insert into fund (id, name, short_name, created_at) values (:id, :name, :shortName, :now)")
				.param("id", id.value()).param("name", name).param("shortName", shortName).param("now", Timestamp.from(now))
				.update();
	}

	boolean nameTaken(String name) {
		return jdbc.sql("select exists (select 1 from fund where lower(name) = lower(:name))")
				.param("name", name).query(Boolean.class).single();
	}

	Optional<Fund> find(FundId id) {
		return jdbc.sql("select id, name, short_name from fund where id = :id")
				.param("id", id.value()).query(Funds::fund).optional();
	}

	List<Fund> all() {
		return jdbc.sql("select id, name, short_name from fund order by lower(name)").query(Funds::fund).list();
	}

	List<Fund> ofOfficer(AccountId officer) {
		return jdbc.sql("""
				select f.id, f.name, f.short_name from fund f join fund_officer o on o.fund_id = f.id
				where o.account_id = :account order by lower(f.name)""")
				.param("account", officer.value()).query(Funds::fund).list();
	}

	private static Fund fund(ResultSet rs, int row) throws SQLException {
		return new Fund(new FundId(rs.getObject("id", UUID.class)), rs.getString("name"), rs.getString("short_name"));
	}
}
