package be.balise.planning;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

import be.balise.platform.ClusterLock;
import be.balise.web.PageContext;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Reminds workers of their sessions the day before. The job runs every hour on one instance at a time; each
 * reminder is queued at most once (see {@link SessionService#remind}), so running it again changes nothing.
 */
@Component
class SessionReminders {

	private static final String JOB = "planning.reminders";

	private final Sessions sessions;
	private final SessionService service;
	private final ClusterLock lock;
	private final Clock clock;

	SessionReminders(Sessions sessions, SessionService service, ClusterLock lock, Clock clock) {
		this.sessions = sessions;
		this.service = service;
		this.lock = lock;
		this.clock = clock;
	}

	@Scheduled(cron = "0 5 * * * *", zone = "Europe/Brussels")
	void run() {
		lock.runExclusively(JOB, Duration.ofMinutes(30), () -> sendDue(clock));
	}

	/** Queues the reminders of the planned sessions that start tomorrow in Brussels; returns how many were queued. */
	int sendDue(Clock now) {
		LocalDate tomorrow = LocalDate.now(now.withZone(PageContext.BRUSSELS)).plusDays(1);
		var from = tomorrow.atStartOfDay(PageContext.BRUSSELS).toInstant();
		var to = tomorrow.plusDays(1).atStartOfDay(PageContext.BRUSSELS).toInstant();
		int queued = 0;
		for (SessionView session : sessions.plannedBetween(from, to)) {
			// One transaction per reminder (the service is transactional), so one failure does not hold back the rest.
			if (service.remind(session)) {
				queued++;
			}
		}
		return queued;
	}
}
