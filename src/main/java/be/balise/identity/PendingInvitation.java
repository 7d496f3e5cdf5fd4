package be.balise.identity;

import java.time.Instant;

/** An invitation sent and not yet accepted, as the inviter's page lists it. */
public record PendingInvitation(InvitationId id, String email, Role role, Instant expiresAt) {
}
