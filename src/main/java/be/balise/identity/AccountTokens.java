package be.balise.identity;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The single-use links of an account, stored by the hash of their token. */
@Repository
class AccountTokens {

	enum Purpose {
		SIGN_UP(Duration.ofHours(48)),
		PASSWORD_RESET(Duration.ofHours(1)),
		EMAIL_CHANGE(Duration.ofHours(24));

		final Duration validity;

		Purpose(Duration validity) {
			this.validity = validity;
		}
	}

	/** What a valid token stands for. */
	record Link(AccountId accountId, String newEmail) {
	}

	private final JdbcClient jdbc;

	AccountTokens(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Issues a new link and voids the earlier unused ones of the same purpose: only the latest e-mail works. */
	String issue(Purpose purpose, AccountId account, String newEmail, Instant now) {
		jdbc.sql("""
				update account_token set used_at = :now
				where account_id = :account and purpose = :purpose and used_at is null""")
				.param("now", Timestamp.from(now)).param("account", account.value()).param("purpose", purpose.name())
				.update();
		String token = Tokens.newToken();
		jdbc.sql("""
				insert into account_token (token_hash, purpose, account_id, new_email, created_at, expires_at)
				values (:hash, :purpose, :account, :newEmail, :now, :expires)""")
				.param("hash", Tokens.hash(token)).param("purpose", purpose.name()).param("account", account.value())
				.param("newEmail", newEmail).param("now", Timestamp.from(now))
				.param("expires", Timestamp.from(now.plus(purpose.validity)))
				.update();
		return token;
	}

	/** The link, if the token is unused and unexpired; reading it changes nothing. */
	Optional<Link> find(Purpose purpose, String token, Instant now) {
		if (token == null || token.isBlank()) {
			return Optional.empty();
		}
		return jdbc.sql("""
				select account_id, new_email from account_token
				where token_hash = :hash and purpose = :purpose and used_at is null and expires_at > :now""")
				.param("hash", Tokens.hash(token)).param("purpose", purpose.name()).param("now", Timestamp.from(now))
				.query((rs, row) -> new Link(new AccountId(rs.getObject("account_id", UUID.class)), rs.getString("new_email")))
				.optional();
	}

	/** Uses the token up, once: of two concurrent requests with the same token, only one gets the link. */
	Optional<Link> consume(Purpose purpose, String token, Instant now) {
		if (token == null || token.isBlank()) {
			return Optional.empty();
		}
		return jdbc.sql("""
				update account_token set used_at = :now
				where token_hash = :hash and purpose = :purpose and used_at is null and expires_at > :now
				returning account_id, new_email""")
				.param("hash", Tokens.hash(token)).param("purpose", purpose.name()).param("now", Timestamp.from(now))
				.query((rs, row) -> new Link(new AccountId(rs.getObject("account_id", UUID.class)), rs.getString("new_email")))
				.optional();
	}
}
