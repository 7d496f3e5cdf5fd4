package be.balise.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff join by invitation: the platform admin invites fund officers and operator admins, an operator admin
 * invites counsellors. The link works once, for seven days. Accepting grants the role and publishes
 * {@link InvitationAccepted}, on which the module that named the scope (organisation) records the membership.
 */
@Service
public class InvitationService {

	static final Duration VALIDITY = Duration.ofDays(7);

	private static final Map<Role, Set<Role>> MAY_INVITE = Map.of(
			Role.PLATFORM_ADMIN, Set.of(Role.FUND_OFFICER, Role.OPERATOR_ADMIN),
			Role.OPERATOR_ADMIN, Set.of(Role.COUNSELLOR));

	/** What became of an attempt to accept. */
	enum Outcome {
		ACCEPTED, WRONG_PASSWORD, LINK_INVALID
	}

	/** An invitation whose link is good, and whether its address already has an account. */
	record OpenInvitation(Invitations.Invitation invitation, boolean accountExists) {
	}

	private final Invitations invitations;
	private final Accounts accounts;
	private final AccountMails mails;
	private final PasswordEncoder passwordEncoder;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	InvitationService(Invitations invitations, Accounts accounts, AccountMails mails, PasswordEncoder passwordEncoder,
			ApplicationEventPublisher events, Clock clock) {
		this.invitations = invitations;
		this.accounts = accounts;
		this.mails = mails;
		this.passwordEncoder = passwordEncoder;
		this.events = events;
		this.clock = clock;
	}

	/** Whether a person with these roles may invite someone to {@code role}. */
	public static boolean mayInvite(Set<Role> inviterRoles, Role role) {
		return inviterRoles.stream().anyMatch(held -> MAY_INVITE.getOrDefault(held, Set.of()).contains(role));
	}

	/**
	 * Sends an invitation to {@code role} for the fund or operator {@code scopeId} (named {@code scopeName} in
	 * the e-mail; null scope: no membership), in {@code language}. The caller checks that the inviter acts for
	 * that scope.
	 *
	 * @throws IllegalArgumentException when the inviter's roles may not invite to {@code role}
	 */
	@Transactional
	public InvitationId invite(CurrentUser inviter, EmailAddress email, Role role, UUID scopeId, String scopeName,
			Locale language) {
		if (!mayInvite(inviter.roles(), role)) {
			throw new IllegalArgumentException("These roles may not invite to " + role);
		}
		InvitationId id = new InvitationId(UUID.randomUUID());
		String token = Tokens.newToken();
		Instant now = clock.instant();
		invitations.insert(id, Tokens.hash(token), email.value(), role, scopeId, scopeName, inviter.id(), now,
				now.plus(VALIDITY));
		mails.invite(email.value(), language, role, scopeName, inviter.displayName(), token);
		return id;
	}

	/** The invitations sent for a fund or operator and not yet accepted, latest first. */
	public List<PendingInvitation> pendingFor(UUID scopeId) {
		return invitations.pendingFor(scopeId, clock.instant());
	}

	/** The invitations not yet accepted of several funds or operators, by scope (absent: none), newest first. */
	public Map<UUID, List<PendingInvitation>> pendingFor(Collection<UUID> scopeIds) {
		return invitations.pendingFor(scopeIds, clock.instant());
	}

	Optional<OpenInvitation> find(String token) {
		if (token == null || token.isBlank()) {
			return Optional.empty();
		}
		return invitations.findOpen(Tokens.hash(token), clock.instant())
				.map(invitation -> new OpenInvitation(invitation, accounts.existsByEmail(invitation.email())));
	}

	/**
	 * Accepts the invitation, once. A new address gets an account with {@code name} and {@code password} (the
	 * caller checked them against the rules); an address that has an account must give that account's password.
	 */
	@Transactional
	Outcome accept(String token, String name, String password, Locale locale) {
		Instant now = clock.instant();
		String hash = Tokens.hash(token == null ? "" : token);
		Optional<Invitations.Invitation> open = invitations.findOpen(hash, now);
		if (open.isEmpty()) {
			return Outcome.LINK_INVALID;
		}
		Optional<CurrentUser> existing = accounts.findByEmail(open.get().email());
		if (existing.isPresent() && !passwordEncoder.matches(password, existing.get().getPassword())) {
			return Outcome.WRONG_PASSWORD;
		}
		Optional<Invitations.Invitation> accepted = invitations.accept(hash, now);
		if (accepted.isEmpty()) {
			return Outcome.LINK_INVALID;
		}
		Invitations.Invitation invitation = accepted.get();
		AccountId account = existing.map(CurrentUser::id).orElseGet(AccountId::random);
		if (existing.isEmpty()) {
			accounts.insert(account, invitation.email(), name.strip(), passwordEncoder.encode(password), locale, true);
		}
		accounts.confirmEmail(account);
		accounts.grant(account, invitation.role());
		invitations.acceptedBy(invitation.id(), account);
		events.publishEvent(new InvitationAccepted(invitation.id(), account, invitation.role(), invitation.scopeId()));
		return Outcome.ACCEPTED;
	}
}
