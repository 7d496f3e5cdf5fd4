package be.balise.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import be.balise.testing.FullStackTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The hand-written queries of {@link Invitations}, on PostgreSQL: seven days of validity, one acceptance. */
@FullStackTest
class InvitationsTest {

	private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

	@Autowired Invitations invitations;
	@Autowired Accounts accounts;

	@Test
	void anInvitationIsOpenForSevenDaysThenExpires() {
		String hash = Tokens.hash(Tokens.newToken());
		UUID scope = UUID.randomUUID();
		insert(hash, scope);

		assertThat(invitations.findOpen(hash, NOW.plus(Duration.ofDays(7)).minusSeconds(1))).isPresent();
		assertThat(invitations.findOpen(hash, NOW.plus(Duration.ofDays(7)))).isEmpty();
		assertThat(invitations.accept(hash, NOW.plus(Duration.ofDays(8)))).isEmpty();
		assertThat(invitations.pendingFor(scope, NOW.plus(Duration.ofDays(6)))).hasSize(1);
		assertThat(invitations.pendingFor(scope, NOW.plus(Duration.ofDays(8)))).isEmpty();
	}

	@Test
	void anInvitationIsAcceptedOnce() {
		String hash = Tokens.hash(Tokens.newToken());
		UUID scope = UUID.randomUUID();
		InvitationId id = insert(hash, scope);

		var accepted = invitations.accept(hash, NOW);

		assertThat(accepted).map(Invitations.Invitation::id).contains(id);
		assertThat(accepted).map(Invitations.Invitation::scopeId).contains(scope);
		assertThat(invitations.accept(hash, NOW)).isEmpty();
		assertThat(invitations.findOpen(hash, NOW)).isEmpty();
		assertThat(invitations.pendingFor(scope, NOW)).isEmpty();
	}

	@Test
	void pendingInvitationsAreThoseOfTheScopeNewestFirst() {
		UUID scope = UUID.randomUUID();
		InvitationId older = insert(Tokens.hash(Tokens.newToken()), scope, NOW);
		InvitationId newer = insert(Tokens.hash(Tokens.newToken()), scope, NOW.plusSeconds(60));
		insert(Tokens.hash(Tokens.newToken()), UUID.randomUUID(), NOW);

		assertThat(invitations.pendingFor(scope, NOW.plusSeconds(120))).extracting(PendingInvitation::id)
				.containsExactly(newer, older);
	}

	private InvitationId insert(String hash, UUID scope) {
		return insert(hash, scope, NOW);
	}

	private InvitationId insert(String hash, UUID scope, Instant at) {
		AccountId inviter = AccountId.random();
		accounts.insert(inviter, IdentityTestData.uniqueEmail("inviter-repo"), "Inviter", "{bcrypt}x", Locale.FRENCH, true);
		InvitationId id = new InvitationId(UUID.randomUUID());
		invitations.insert(id, hash, IdentityTestData.uniqueEmail("invited-repo"), Role.COUNSELLOR, scope, "Scope",
				inviter, at, at.plus(InvitationService.VALIDITY));
		return id;
	}
}
