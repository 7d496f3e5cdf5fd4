package be.balise.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The accounts and their roles. */
@Repository
class Accounts {

	private final JdbcClient jdbc;

	Accounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<CurrentUser> findByEmail(String email) {
		return jdbc.sql("""
				select a.id, a.email, a.display_name, a.password_hash, a.enabled, a.locale,
				       coalesce(string_agg(r.role, ',' order by r.role), '') as roles
				from account a left join account_role r on r.account_id = a.id
				where a.email = lower(:email)
				group by a.id""")
				.param("email", email)
				.query(Accounts::currentUser)
				.optional();
	}

	Optional<CurrentUser> findById(AccountId id) {
		return jdbc.sql("""
				select a.id, a.email, a.display_name, a.password_hash, a.enabled, a.locale,
				       coalesce(string_agg(r.role, ',' order by r.role), '') as roles
				from account a left join account_role r on r.account_id = a.id
				where a.id = :id
				group by a.id""")
				.param("id", id.value())
				.query(Accounts::currentUser)
				.optional();
	}

	java.util.Map<UUID, String> displayNames(java.util.Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return java.util.Map.of();
		}
		var names = new java.util.HashMap<UUID, String>();
		jdbc.sql("select id, display_name from account where id in (:ids)").param("ids", java.util.Set.copyOf(ids))
				.query(rs -> {
					names.put(rs.getObject("id", UUID.class), rs.getString("display_name"));
				});
		return names;
	}

	void insert(AccountId id, String email, String displayName, String passwordHash, Locale locale) {
		jdbc.sql("""
				insert into account (id, email, display_name, password_hash, locale)
				values (:id, lower(:email), :name, :hash, :locale)""")
				.param("id", id.value()).param("email", email).param("name", displayName)
				.param("hash", passwordHash).param("locale", locale.toLanguageTag())
				.update();
	}

	void grant(AccountId id, Role role) {
		jdbc.sql("insert into account_role (account_id, role) values (:id, :role) on conflict do nothing")
				.param("id", id.value()).param("role", role.name())
				.update();
	}

	void updatePasswordHash(String email, String passwordHash) {
		jdbc.sql("update account set password_hash = :hash where email = lower(:email)")
				.param("hash", passwordHash).param("email", email)
				.update();
	}

	private static CurrentUser currentUser(ResultSet rs, int row) throws SQLException {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		for (String role : rs.getString("roles").split(",")) {
			if (!role.isEmpty()) {
				roles.add(Role.valueOf(role));
			}
		}
		return new CurrentUser(new AccountId(rs.getObject("id", UUID.class)), rs.getString("email"),
				rs.getString("display_name"), Set.copyOf(roles), rs.getString("password_hash"), rs.getBoolean("enabled"),
				Locale.forLanguageTag(rs.getString("locale")));
	}
}
