package be.balise.contract;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import be.balise.assessment.BilanId;
import be.balise.assessment.Journey;
import be.balise.caseload.CaseloadAlert;
import be.balise.caseload.CaseloadAlerts;
import be.balise.platform.ClusterLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Past the scheme's signing deadline, a convention that is still unsigned lapses: the bilan moves to
 * {@code lapsed}. Every hour, on one instance; each bilan in its own transaction.
 */
@Component
class ConventionLapses {

	private static final Logger log = LoggerFactory.getLogger(ConventionLapses.class);
	private static final String JOB = "contract.lapse";
	private static final int BATCH = 200;

	private final Conventions conventions;
	private final Journey journey;
	private final CaseloadAlerts alerts;
	private final ClusterLock lock;
	private final TransactionTemplate transaction;
	private final Clock clock;

	ConventionLapses(Conventions conventions, Journey journey, CaseloadAlerts alerts, ClusterLock lock,
			PlatformTransactionManager transactions, Clock clock) {
		this.conventions = conventions;
		this.journey = journey;
		this.alerts = alerts;
		this.lock = lock;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	@Scheduled(cron = "${balise.contract.lapse-cron:0 15 * * * *}", zone = "Europe/Brussels")
	void applyEveryHour() {
		lock.runExclusively(JOB, Duration.ofMinutes(30), () -> {
			int lapsed = apply(clock);
			if (lapsed > 0) {
				log.info("Conventions: {} lapsed past their signing deadline", lapsed);
			}
		});
	}

	/** Lapses every open convention whose deadline is past as of {@code clock}'s now; returns how many lapsed. */
	int apply(Clock clock) {
		int lapsed = 0;
		List<UUID> due = conventions.overdue(clock.instant(), BATCH);
		while (!due.isEmpty()) {
			for (UUID bilan : due) {
				lapsed += Boolean.TRUE.equals(transaction.execute(status -> lapse(bilan, clock))) ? 1 : 0;
			}
			due = due.size() < BATCH ? List.of() : conventions.overdue(clock.instant(), BATCH);
		}
		return lapsed;
	}

	private boolean lapse(UUID bilan, Clock clock) {
		boolean lapsed = journey.lapseUnsigned(new BilanId(bilan));
		// Otherwise the bilan left the first meeting another way (referred, declined, abandoned): nothing to lapse.
		conventions.settle(bilan, lapsed ? "LAPSED" : "MOVED", clock.instant());
		alerts.clear(new BilanId(bilan), CaseloadAlert.CONVENTION_UNSIGNED);
		return lapsed;
	}
}
