package be.balise.synthesis;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import be.balise.assessment.AssessmentAccess;
import be.balise.assessment.BilanId;
import be.balise.identity.CurrentUser;
import be.balise.identity.AccountService;
import be.balise.identity.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The worker's shares of their validated synthesis (PRODUCT.md §3): one named recipient, an expiry date, revocable at
 * any time; creating one asks for the password again (SECURITY.md S8). The link carries a 256-bit token and the worker
 * passes on a code; only SHA-256 hashes of both are stored (the code's hash is salted with the token, which the
 * database never holds). Five wrong codes in a row block the link for fifteen minutes.
 */
@Service
public class ShareService {

	static final int ATTEMPTS = 5;
	static final Duration BLOCK = Duration.ofMinutes(15);
	static final int MAX_DAYS = 366;
	private static final SecureRandom RANDOM = new SecureRandom();
	private static final String CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private final Shares shares;
	private final Revisions revisions;
	private final AssessmentAccess access;
	private final AccountService passwords;
	private final Clock clock;

	ShareService(Shares shares, Revisions revisions, AssessmentAccess access, AccountService passwords, Clock clock) {
		this.shares = shares;
		this.revisions = revisions;
		this.access = access;
		this.passwords = passwords;
		this.clock = clock;
	}

	/** What the worker is shown once: the link's token and the code. */
	public record Created(UUID id, String token, String code) {
	}

	/** Why a share could not be made. */
	public enum Refusal {
		PASSWORD,
		NOT_VALIDATED,
		EXPIRY
	}

	/** The outcome of a share request: created, or refused for a reason. */
	public record Outcome(Optional<Created> created, Refusal refusal) {
	}

	/** What became of a code typed on the public page. */
	public enum Unlock {
		OPENED,
		WRONG,
		BLOCKED,
		GONE
	}

	/** Who may open the link and what it shows, once unlocked. */
	public record Opened(UUID shareId, BilanId bilan, int revisionNumber) {
	}

	@Transactional
	public Outcome create(CurrentUser worker, BilanId bilan, String recipient, LocalDate expiresOn, String password) {
		access.requireRelation(worker, bilan, Role.WORKER);
		if (!passwords.passwordMatches(worker.id(), password)) {
			return new Outcome(Optional.empty(), Refusal.PASSWORD);
		}
		Optional<Integer> validated = revisions.latestValidated(bilan.value());
		if (validated.isEmpty()) {
			return new Outcome(Optional.empty(), Refusal.NOT_VALIDATED);
		}
		LocalDate today = SynthesisService.today(clock);
		if (expiresOn == null || expiresOn.isBefore(today) || expiresOn.isAfter(today.plusDays(MAX_DAYS))) {
			return new Outcome(Optional.empty(), Refusal.EXPIRY);
		}
		String name = recipient == null ? "" : recipient.strip();
		if (name.isEmpty() || name.length() > 200) {
			throw new IllegalArgumentException("A recipient is 1 to 200 characters");
		}
		String token = newToken();
		String code = newCode();
		UUID id = shares.insert(bilan.value(), validated.get(), name, hash(token), codeHash(token, code), expiresOn, clock.instant());
		return new Outcome(Optional.of(new Created(id, token, code)), null);
	}

	/** The bilan's shares with their openings, for the worker alone. */
	public List<Share> list(CurrentUser worker, BilanId bilan) {
		access.requireRelation(worker, bilan, Role.WORKER);
		return shares.all(bilan.value());
	}

	@Transactional
	public boolean revoke(CurrentUser worker, BilanId bilan, UUID share) {
		access.requireRelation(worker, bilan, Role.WORKER);
		return shares.revoke(bilan.value(), share, clock.instant());
	}

	/** Whether the link still works (not revoked, not expired); nothing else is told. */
	public boolean live(String token) {
		return liveShare(token).isPresent();
	}

	/** Checks a typed code; a right one logs an opening. Runs in its own transaction so that a wrong code counts. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public Unlock unlock(String token, String code) {
		Optional<Shares.Found> found = liveShare(token);
		if (found.isEmpty()) {
			return Unlock.GONE;
		}
		Shares.Found share = found.get();
		Instant now = clock.instant();
		if (share.blockedUntil() != null && now.isBefore(share.blockedUntil())) {
			return Unlock.BLOCKED;
		}
		String typed = code == null ? "" : code.strip().toUpperCase(Locale.ROOT).replace(" ", "").replace("-", "");
		if (!MessageDigest.isEqual(codeHash(token, typed).getBytes(StandardCharsets.US_ASCII),
				share.codeHash().getBytes(StandardCharsets.US_ASCII))) {
			shares.failed(share.id(), ATTEMPTS, now.plus(BLOCK));
			return share.failedAttempts() + 1 >= ATTEMPTS ? Unlock.BLOCKED : Unlock.WRONG;
		}
		shares.opened(share.id(), share.bilanId(), now);
		return Unlock.OPENED;
	}

	/** The live share behind a token, to show what it shares to someone who typed its code in this session. */
	public Optional<Opened> opened(String token) {
		return liveShare(token).map(share -> new Opened(share.id(), new BilanId(share.bilanId()), share.revisionNumber()));
	}

	private Optional<Shares.Found> liveShare(String token) {
		if (token == null || token.length() < 20 || token.length() > 100) {
			return Optional.empty();
		}
		LocalDate today = SynthesisService.today(clock);
		return shares.byTokenHash(hash(token))
				.filter(share -> share.revokedAt() == null && !today.isAfter(share.expiresOn()));
	}

	static String newToken() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/** Ten characters of an alphabet without look-alikes (50 bits), shown as two groups of five. */
	static String newCode() {
		StringBuilder code = new StringBuilder();
		for (int i = 0; i < 10; i++) {
			code.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
		}
		return code.substring(0, 5) + "-" + code.substring(5);
	}

	static String codeHash(String token, String code) {
		return hash(token + ":" + code.replace("-", ""));
	}

	static String hash(String text) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("Every Java platform provides SHA-256", e);
		}
	}
}
