package be.balise.identity;

import java.util.UUID;

/**
 * Published, in the accepting transaction, when a person accepts an invitation: the account now holds
 * {@code role}; {@code scopeId} is the fund or operator the inviter named (identity does not interpret it).
 * A listener that fails rolls the acceptance back, so role and membership come together or not at all.
 */
public record InvitationAccepted(InvitationId invitationId, AccountId accountId, Role role, UUID scopeId) {
}
