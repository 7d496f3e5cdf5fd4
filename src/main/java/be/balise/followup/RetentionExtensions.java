package be.balise.followup;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import be.balise.assessment.AccessMode;
import be.balise.assessment.AssessmentAccess;
import be.balise.assessment.BilanId;
import be.balise.assessment.BilanNotFound;
import be.balise.assessment.BilanPart;
import be.balise.assessment.BilanState;
import be.balise.assessment.BilanSummary;
import be.balise.assessment.TransitionRefused;
import be.balise.identity.CurrentUser;
import be.balise.identity.AccountService;
import be.balise.identity.Role;
import be.balise.scheme.Scheme;
import be.balise.scheme.SchemeId;
import be.balise.scheme.Schemes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The worker's written agreement to keep the content of their bilan longer after closure, for the follow-up, where
 * the scheme allows it ({@link Scheme#extensionMonths()}; France: at most twelve months). The agreement is a
 * checkbox and the worker's password, recorded with its time. The privacy module's retention job asks
 * {@link #monthsFor} and adds these months to the scheme's retention period.
 */
@Service
public class RetentionExtensions {

	/** An agreement: how many months more, and when the worker gave it. */
	public record Extension(int months, Instant agreedAt) {
	}

	static final Set<BilanState> OPEN_FOR_AGREEMENT = Set.of(BilanState.CONCLUSION, BilanState.FOLLOW_UP, BilanState.CLOSED);

	private final JdbcClient jdbc;
	private final AssessmentAccess access;
	private final Schemes schemes;
	private final AccountService accounts;
	private final PasswordEncoder passwords;
	private final Clock clock;

	RetentionExtensions(JdbcClient jdbc, AssessmentAccess access, Schemes schemes, AccountService accounts,
			PasswordEncoder passwords, Clock clock) {
		this.jdbc = jdbc;
		this.access = access;
		this.schemes = schemes;
		this.accounts = accounts;
		this.passwords = passwords;
		this.clock = clock;
	}

	/** The worker's current password, checked again (as when signing in) for a written agreement. */
	private boolean passwordMatches(CurrentUser worker, String password) {
		return password != null && !password.isEmpty() && accounts.findById(worker.id())
				.map(account -> passwords.matches(password, account.getPassword())).orElse(false);
	}

	/** The months of extension agreed for each of these bilans (absent when none). */
	public Map<UUID, Integer> monthsFor(Collection<UUID> bilans) {
		if (bilans.isEmpty()) {
			return Map.of();
		}
		Map<UUID, Integer> months = new HashMap<>();
		jdbc.sql("select bilan_id, months from retention_extension where bilan_id in (:bilans)").param("bilans", bilans)
				.query(rs -> {
					months.put(rs.getObject("bilan_id", UUID.class), rs.getInt("months"));
				});
		return months;
	}

	/** The most a worker may agree to for this bilan: the scheme's extension, 0 when it allows none. */
	public int allowedMonths(BilanSummary bilan) {
		return schemes.find(new SchemeId(bilan.schemeId())).map(Scheme::extensionMonths).orElse(0);
	}

	/** The worker's agreement on this bilan, if they gave one (404 for anyone but the worker). */
	public Optional<Extension> of(CurrentUser worker, BilanId bilan) {
		access.requireRelation(worker, bilan, Role.WORKER);
		return jdbc.sql("select months, agreed_at from retention_extension where bilan_id = :bilan").param("bilan", bilan.value())
				.query((rs, n) -> new Extension(rs.getInt("months"), rs.getTimestamp("agreed_at").toInstant())).optional();
	}

	/** Whether the worker may still give the agreement on this bilan. */
	public boolean offered(CurrentUser worker, BilanSummary bilan) {
		return allowedMonths(bilan) > 0 && OPEN_FOR_AGREEMENT.contains(bilan.state()) && of(worker, bilan.id()).isEmpty();
	}

	/**
	 * Records the worker's agreement to keep the content {@code months} more (at most the scheme's extension). The
	 * worker confirms with their password; a wrong one is refused. Agreeing twice has one effect.
	 */
	@Transactional
	public void agree(CurrentUser worker, BilanId bilan, int months, String password) {
		access.requireRelation(worker, bilan, Role.WORKER);
		BilanSummary summary = access.require(worker, bilan, BilanPart.IDENTITY, AccessMode.WRITE);
		int allowed = allowedMonths(summary);
		if (allowed == 0 || !OPEN_FOR_AGREEMENT.contains(summary.state())) {
			throw new BilanNotFound();
		}
		if (months < 1 || months > allowed) {
			throw new TransitionRefused("followup.refused.months");
		}
		if (!passwordMatches(worker, password)) {
			throw new TransitionRefused("followup.refused.password");
		}
		jdbc.sql("insert into retention_extension (bilan_id, months, agreed_at) values (:bilan, :months, :at) on conflict do nothing")
				.param("bilan", bilan.value()).param("months", months).param("at", Timestamp.from(clock.instant())).update();
	}
}
