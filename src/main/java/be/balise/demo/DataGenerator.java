package be.balise.demo;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import be.balise.assessment.BilanState;
import be.balise.caseload.CaseloadProjection;
import be.balise.crypto.ContentCipher;
import be.balise.crypto.KeyScope;
import be.balise.identity.AccountId;
import be.balise.identity.AccountService;
import be.balise.identity.Role;
import be.balise.organisation.Language;
import be.balise.organisation.Modality;
import be.balise.organisation.OperatorId;
import be.balise.organisation.OperatorProfile;
import be.balise.organisation.Region;
import be.balise.organisation.Organisations;
import be.balise.scheme.Scheme;
import be.balise.scheme.Schemes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills the database with {@code balise.generate} bilans in every state, with operators, counsellors,
 * workers, history, sessions and requests, to measure pages at volume. It writes in batches straight to the
 * tables (one precomputed password hash, one transaction per batch) because going through the services
 * one bilan at a time would take hours; the request reasons are still encrypted under each bilan's key.
 */
@Component
@Order(10)
class DataGenerator implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DataGenerator.class);
	private static final int BATCH = 1_000;
	private static final int BILANS_PER_COUNSELLOR = 40;
	private static final int COUNSELLORS_PER_OPERATOR = 25;

	private final int count;
	private final JdbcTemplate jdbc;
	private final TransactionTemplate transactions;
	private final AccountService accounts;
	private final Organisations organisations;
	private final Schemes schemes;
	private final ContentCipher cipher;
	private final Clock clock;
	private final CaseloadProjection caseload;

	DataGenerator(@Value("${balise.generate:0}") int count, JdbcTemplate jdbc, TransactionTemplate transactions,
			AccountService accounts, Organisations organisations, Schemes schemes, ContentCipher cipher, Clock clock,
			CaseloadProjection caseload) {
		this.caseload = caseload;
		this.count = count;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.accounts = accounts;
		this.organisations = organisations;
		this.schemes = schemes;
		this.cipher = cipher;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (count <= 0) {
			return;
		}
		long started = System.nanoTime();
		String passwordHash = accounts.hash(DemoAccounts.PASSWORD);
		String run = Long.toString(clock.millis(), 36);
		UUID fundOfficer = accounts.createWithHash("fund-" + run + "@generated.balise.be", "Gestionnaire généré·e",
				passwordHash, Locale.FRENCH, Set.of(Role.FUND_OFFICER)).value();
		List<Scheme> open = schemeWithFund(run);
		List<UUID> counsellors = new ArrayList<>();
		List<UUID> counsellorOperators = new ArrayList<>();
		List<UUID> counsellorAdmins = new ArrayList<>();
		int counsellorCount = Math.max(2, (count + BILANS_PER_COUNSELLOR - 1) / BILANS_PER_COUNSELLOR);
		int operatorCount = Math.max(2, (counsellorCount + COUNSELLORS_PER_OPERATOR - 1) / COUNSELLORS_PER_OPERATOR);
		transactions.executeWithoutResult(tx -> {
			for (int o = 0; o < operatorCount; o++) {
				OperatorId operator = organisations.createOperator(new OperatorProfile("Organisme généré " + run + "-" + o,
						Set.of(Region.BRUSSELS), Set.of(Language.FR), Set.of(Modality.IN_PERSON),
						COUNSELLORS_PER_OPERATOR * BILANS_PER_COUNSELLOR, "organisme-" + o + "@generated.balise.be", null));
				AccountId admin = accounts.createWithHash("admin-" + o + "-" + run + "@generated.balise.be",
						"Responsable " + o, passwordHash, Locale.FRENCH, Set.of(Role.OPERATOR_ADMIN));
				organisations.addOperatorAdmin(operator, admin);
				for (int c = 0; c < COUNSELLORS_PER_OPERATOR && counsellors.size() < counsellorCount; c++) {
					AccountId counsellor = accounts.createWithHash("counsellor-" + counsellors.size() + "-" + run
							+ "@generated.balise.be", "Conseiller·ère " + counsellors.size(), passwordHash, Locale.FRENCH,
							Set.of(Role.COUNSELLOR));
					organisations.addCounsellor(operator, counsellor, BILANS_PER_COUNSELLOR, Set.of(Language.FR));
					counsellors.add(counsellor.value());
					counsellorOperators.add(operator.value());
					counsellorAdmins.add(admin.value());
				}
			}
		});
		Random random = new Random(42);
		for (int from = 0; from < count; from += BATCH) {
			int size = Math.min(BATCH, count - from);
			int offset = from;
			transactions.executeWithoutResult(tx -> insertBatch(offset, size, run, passwordHash, open,
					new Staff(fundOfficer, counsellors, counsellorOperators, counsellorAdmins), random));
			if ((from / BATCH) % 10 == 0) {
				log.info("Generated {} of {} bilans", from + size, count);
			}
		}
		// The generator writes past the services, so no event fed the caseload read model: rebuild it.
		caseload.rebuild();
		log.info("Generated {} bilans, {} counsellors and {} operators in {} s", count, counsellors.size(), operatorCount,
				Duration.ofNanos(System.nanoTime() - started).toSeconds());
	}

	private List<Scheme> schemeWithFund(String run) {
		if (schemes.open().stream().anyMatch(scheme -> scheme.fundId() == null)) {
			schemes.adoptExamples(organisations.createFund("Fonds généré " + run, "GEN").value());
		}
		return schemes.open();
	}

	/** Who works on generated bilans: counsellor {@code i} belongs to operator {@code i} run by admin {@code i}. */
	private record Staff(UUID fundOfficer, List<UUID> counsellors, List<UUID> operators, List<UUID> admins) {
	}

	private void insertBatch(int offset, int size, String run, String passwordHash, List<Scheme> open, Staff staff,
			Random random) {
		List<UUID> counsellors = staff.counsellors();
		List<Object[]> accountRows = new ArrayList<>(size);
		List<Object[]> roleRows = new ArrayList<>(size);
		List<Object[]> bilanRows = new ArrayList<>(size);
		List<Object[]> historyRows = new ArrayList<>(size * 8);
		List<Object[]> sessionRows = new ArrayList<>(size * 4);
		List<Object[]> requestRows = new ArrayList<>(size);
		BilanState[] states = BilanState.values();
		Instant now = clock.instant();
		for (int i = 0; i < size; i++) {
			int n = offset + i;
			UUID worker = UUID.randomUUID();
			UUID bilan = UUID.randomUUID();
			BilanState target = states[n % states.length];
			Scheme scheme = open.get(n % open.size());
			int c = n % counsellors.size();
			accountRows.add(new Object[] { worker, "worker-" + n + "-" + run + "@generated.balise.be", "Bénéficiaire " + n,
					passwordHash });
			roleRows.add(new Object[] { worker, Role.WORKER.name() });
			var steps = GeneratedJourneys.pathTo(target);
			Instant at = now.minus(Duration.ofDays(30 + random.nextInt(700)));
			Instant created = at;
			boolean hasOperator = steps.stream().anyMatch(step -> step.to() == BilanState.OPERATOR_CHOSEN)
					&& target != BilanState.ELIGIBLE;
			boolean hasCounsellor = steps.stream().anyMatch(step -> step.to() == BilanState.FIRST_MEETING);
			BilanState previous = null;
			for (var step : steps) {
				UUID actor = switch (step.by()) {
					case COUNSELLOR -> counsellors.get(c);
					case OPERATOR_ADMIN -> staff.admins().get(c);
					case FUND_OFFICER -> staff.fundOfficer();
					default -> worker;
				};
				historyRows.add(new Object[] { UUID.randomUUID(), bilan, "STATE", previous == null ? null : previous.name(),
						step.to().name(), actor, step.by().name(), Timestamp.from(at) });
				previous = step.to();
				if (hasCounsellor && step.to().isConducted()) {
					sessionRows.add(new Object[] { UUID.randomUUID(), bilan, Timestamp.from(at), 90,
							at.isBefore(now) ? "HELD" : "PLANNED", Timestamp.from(at) });
				}
				at = at.plus(Duration.ofDays(3 + random.nextInt(10)));
			}
			Instant updated = at.minus(Duration.ofDays(3));
			bilanRows.add(new Object[] { bilan, worker, scheme.id().value(), scheme.followUpInterviews(), target.name(),
					target == BilanState.SUSPENDED ? BilanState.INVESTIGATION.name() : null,
					hasOperator ? staff.operators().get(c) : null, hasCounsellor ? counsellors.get(c) : null, Timestamp.from(created),
					Timestamp.from(updated), target.isFinal() ? Timestamp.from(updated) : null });
			byte[] reasons = cipher.encrypt(KeyScope.bilan(bilan),
					("Demande générée n° " + n + " : envie de faire le point.").getBytes(StandardCharsets.UTF_8),
					("bilan_request.reasons:" + bilan).getBytes(StandardCharsets.UTF_8));
			requestRows.add(new Object[] { bilan, UUID.randomUUID(), worker, scheme.id().value(), scheme.fundId(), "319.02",
					"0412.345.678", "FULL_TIME", false, reasons, "fr", "Bruxelles", "EITHER", Timestamp.from(created),
					target.isUndecided() ? "PENDING" : target == BilanState.REFUSED ? "REFUSED" : "ACCEPTED" });
		}
		jdbc.batchUpdate("insert into account (id, email, display_name, password_hash) values (?, ?, ?, ?)", accountRows);
		jdbc.batchUpdate("insert into account_role (account_id, role) values (?, ?)", roleRows);
		jdbc.batchUpdate("""
				insert into bilan (id, worker_id, scheme_id, follow_up_interviews, state, suspended_from, operator_id,
				    counsellor_id, created_at, updated_at, final_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)""",
				bilanRows);
		jdbc.batchUpdate("""
				insert into bilan_history (id, bilan_id, kind, from_state, to_state, actor_id, actor_role, at)
				values (?, ?, ?, ?, ?, ?, ?, ?)""", historyRows);
		jdbc.batchUpdate("""
				insert into bilan_session (id, bilan_id, starts_at, duration_minutes, status, created_at)
				values (?, ?, ?, ?, ?, ?)""", sessionRows);
		jdbc.batchUpdate("""
				insert into bilan_request (bilan_id, submission_key, worker_id, scheme_id, fund_id, joint_committee,
				    company_number, work_status, working_hours, reasons, language, region, modality, submitted_at, decision)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", requestRows);
	}
}
