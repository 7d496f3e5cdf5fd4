package be.balise.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The accounts and their roles. Addresses are stored in lower case. */
@Repository
class Accounts {

	private static final String SELECT_ACCOUNT = """
			select a.id, a.email, a.display_name, a.password_hash, a.enabled, a.email_confirmed, a.locale, a.created_at,
			       coalesce(string_agg(r.role, ',' order by r.role), '') as roles
			from account a left join account_role r on r.account_id = a.id
			""";

	private final JdbcClient jdbc;

	Accounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<CurrentUser> findByEmail(String email) {
		return jdbc.sql(SELECT_ACCOUNT + " where a.email = lower(:email) group by a.id")
				.param("email", email)
				.query(Accounts::currentUser)
				.optional();
	}

	Optional<CurrentUser> findById(AccountId id) {
		return jdbc.sql(SELECT_ACCOUNT + " where a.id = :id group by a.id")
				.param("id", id.value())
				.query(Accounts::currentUser)
				.optional();
	}

	List<AccountSummary> summaries(Collection<AccountId> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(SELECT_ACCOUNT + " where a.id in (:ids) group by a.id order by lower(a.display_name), a.email")
				.param("ids", ids.stream().map(AccountId::value).toList())
				.query(Accounts::summary)
				.list();
	}

	/** One page of the accounts whose name or address contains {@code text}, by name. */
	List<AccountSummary> search(String text, int offset, int limit) {
		return jdbc.sql(SELECT_ACCOUNT + """
				 where a.email like :pattern escape '\\' or lower(a.display_name) like :pattern escape '\\'
				group by a.id order by lower(a.display_name), a.email offset :offset limit :limit""")
				.param("pattern", containsPattern(text)).param("offset", offset).param("limit", limit)
				.query(Accounts::summary)
				.list();
	}

	int count(String text) {
		return jdbc.sql("""
				select count(*) from account
				where email like :pattern escape '\\' or lower(display_name) like :pattern escape '\\'""")
				.param("pattern", containsPattern(text))
				.query(Integer.class)
				.single();
	}

	boolean existsByEmail(String email) {
		return jdbc.sql("select exists (select 1 from account where email = lower(:email))")
				.param("email", email).query(Boolean.class).single();
	}

	void insert(AccountId id, String email, String displayName, String passwordHash, Locale locale, boolean confirmed) {
		jdbc.sql("""
				insert into account (id, email, display_name, password_hash, locale, email_confirmed)
				values (:id, lower(:email), :name, :hash, :locale, :confirmed)""")
				.param("id", id.value()).param("email", email).param("name", displayName)
				.param("hash", passwordHash).param("locale", locale.toLanguageTag()).param("confirmed", confirmed)
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

	void updatePasswordHash(AccountId id, String passwordHash) {
		jdbc.sql("update account set password_hash = :hash where id = :id")
				.param("hash", passwordHash).param("id", id.value())
				.update();
	}

	/** A new sign-up on an address that was never confirmed: the latest person to sign up sets the details. */
	void replaceUnconfirmedDetails(AccountId id, String displayName, String passwordHash, Locale locale) {
		jdbc.sql("""
				update account set display_name = :name, password_hash = :hash, locale = :locale
				where id = :id and not email_confirmed""")
				.param("name", displayName).param("hash", passwordHash).param("locale", locale.toLanguageTag())
				.param("id", id.value())
				.update();
	}

	void confirmEmail(AccountId id) {
		jdbc.sql("update account set email_confirmed = true where id = :id").param("id", id.value()).update();
	}

	/** Changes the address unless another account holds it already; whether it changed. */
	boolean changeEmail(AccountId id, String newEmail) {
		return jdbc.sql("""
				update account set email = lower(:email), email_confirmed = true
				where id = :id and not exists (select 1 from account other where other.email = lower(:email))""")
				.param("email", newEmail).param("id", id.value())
				.update() == 1;
	}

	void setEnabled(AccountId id, boolean enabled) {
		jdbc.sql("update account set enabled = :enabled where id = :id")
				.param("enabled", enabled).param("id", id.value())
				.update();
	}

	private static String containsPattern(String text) {
		String escaped = text.strip().toLowerCase(Locale.ROOT)
				.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
		return "%" + escaped + "%";
	}

	private static Set<Role> roles(ResultSet rs) throws SQLException {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		for (String role : rs.getString("roles").split(",")) {
			if (!role.isEmpty()) {
				roles.add(Role.valueOf(role));
			}
		}
		return Set.copyOf(roles);
	}

	private static CurrentUser currentUser(ResultSet rs, int row) throws SQLException {
		return new CurrentUser(new AccountId(rs.getObject("id", UUID.class)), rs.getString("email"),
				rs.getString("display_name"), roles(rs), rs.getString("password_hash"), rs.getBoolean("enabled"),
				Locale.forLanguageTag(rs.getString("locale")), rs.getBoolean("email_confirmed"));
	}

	private static AccountSummary summary(ResultSet rs, int row) throws SQLException {
		return new AccountSummary(new AccountId(rs.getObject("id", UUID.class)), rs.getString("email"),
				rs.getString("display_name"), roles(rs), rs.getBoolean("enabled"), rs.getBoolean("email_confirmed"),
				rs.getTimestamp("created_at").toInstant());
	}
}
