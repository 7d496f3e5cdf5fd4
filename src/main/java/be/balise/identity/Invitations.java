package be.balise.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Invitations, found by the hash of their token. */
@Repository
class Invitations {

	/** An invitation as its link shows it. */
	record Invitation(InvitationId id, String email, Role role, UUID scopeId, String scopeName) {
	}

	private final JdbcClient jdbc;

	Invitations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(InvitationId id, String tokenHash, String email, Role role, UUID scopeId, String scopeName,
			AccountId invitedBy, Instant now, Instant expiresAt) {
		jdbc.sql("""
				insert into invitation (id, token_hash, email, role, scope_id, scope_name, invited_by, created_at, expires_at)
				values (:id, :hash, :email, :role, :scope, :scopeName, :invitedBy, :now, :expires)""")
				.param("id", id.value()).param("hash", tokenHash).param("email", email).param("role", role.name())
				.param("scope", scopeId).param("scopeName", scopeName).param("invitedBy", invitedBy.value())
				.param("now", Timestamp.from(now)).param("expires", Timestamp.from(expiresAt))
				.update();
	}

	Optional<Invitation> findOpen(String tokenHash, Instant now) {
		return jdbc.sql("""
				select id, email, role, scope_id, scope_name from invitation
				where token_hash = :hash and accepted_at is null and expires_at > :now""")
				.param("hash", tokenHash).param("now", Timestamp.from(now))
				.query(Invitations::invitation)
				.optional();
	}

	/** Marks the invitation accepted, once: of two concurrent acceptances only one gets it. */
	Optional<Invitation> accept(String tokenHash, Instant now) {
		return jdbc.sql("""
				update invitation set accepted_at = :now
				where token_hash = :hash and accepted_at is null and expires_at > :now
				returning id, email, role, scope_id, scope_name""")
				.param("hash", tokenHash).param("now", Timestamp.from(now))
				.query(Invitations::invitation)
				.optional();
	}

	void acceptedBy(InvitationId id, AccountId account) {
		jdbc.sql("update invitation set accepted_by = :account where id = :id")
				.param("account", account.value()).param("id", id.value())
				.update();
	}

	List<PendingInvitation> pendingFor(UUID scopeId, Instant now) {
		return jdbc.sql("""
				select id, email, role, expires_at from invitation
				where scope_id = :scope and accepted_at is null and expires_at > :now
				order by created_at desc""")
				.param("scope", scopeId).param("now", Timestamp.from(now))
				.query((rs, row) -> pending(rs))
				.list();
	}

	/** The open invitations of several scopes at once, each list newest first. */
	Map<UUID, List<PendingInvitation>> pendingFor(Collection<UUID> scopeIds, Instant now) {
		if (scopeIds.isEmpty()) {
			return Map.of();
		}
		record Scoped(UUID scope, PendingInvitation invitation) {
		}
		return jdbc.sql("""
				select id, email, role, expires_at, scope_id from invitation
				where scope_id in (:scopes) and accepted_at is null and expires_at > :now
				order by created_at desc""")
				.param("scopes", List.copyOf(scopeIds)).param("now", Timestamp.from(now))
				.query((rs, row) -> new Scoped(rs.getObject("scope_id", UUID.class), pending(rs)))
				.list().stream()
				.collect(Collectors.groupingBy(Scoped::scope, Collectors.mapping(Scoped::invitation, Collectors.toList())));
	}

	private static PendingInvitation pending(ResultSet rs) throws SQLException {
		return new PendingInvitation(new InvitationId(rs.getObject("id", UUID.class)), rs.getString("email"),
				Role.valueOf(rs.getString("role")), rs.getTimestamp("expires_at").toInstant());
	}

	private static Invitation invitation(ResultSet rs, int row) throws SQLException {
		return new Invitation(new InvitationId(rs.getObject("id", UUID.class)), rs.getString("email"),
				Role.valueOf(rs.getString("role")), rs.getObject("scope_id", UUID.class), rs.getString("scope_name"));
	}
}
