package be.balise.caseload;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import be.balise.assessment.BilanCounsellorChanged;
import be.balise.assessment.BilanId;
import be.balise.assessment.BilanLists;
import be.balise.assessment.BilanStateChanged;
import be.balise.assessment.BilanSummary;
import be.balise.planning.SessionFigures;
import be.balise.planning.SessionService;
import be.balise.planning.SessionsChanged;
import be.balise.scheme.SchemeId;
import be.balise.scheme.Schemes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Feeds the caseload read model from the events of assessment (state, counsellor) and planning (sessions), in the
 * transaction of the change (just before it commits), so a page read after a change shows it. {@link #rebuild()}
 * writes the whole model again from the modules' public APIs, in batches.
 */
@Component
public class CaseloadProjection {

	private static final Logger log = LoggerFactory.getLogger(CaseloadProjection.class);
	static final int BATCH = 1_000;

	private final CaseloadEntries entries;
	private final BilanLists bilans;
	private final SessionService sessions;
	private final Schemes schemes;
	private final Clock clock;

	CaseloadProjection(CaseloadEntries entries, BilanLists bilans, SessionService sessions, Schemes schemes, Clock clock) {
		this.entries = entries;
		this.bilans = bilans;
		this.sessions = sessions;
		this.schemes = schemes;
		this.clock = clock;
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(BilanStateChanged change) {
		refresh(change.bilanId(), change.at());
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(BilanCounsellorChanged change) {
		refresh(change.bilanId(), change.at());
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(SessionsChanged change) {
		UUID bilan = change.bilanId().value();
		entries.figures(sessions.figuresForRecords(List.of(bilan)).getOrDefault(bilan, SessionFigures.none(bilan)));
	}

	private void refresh(BilanId id, Instant at) {
		var found = bilans.findForRecords(id);
		if (found.isEmpty() || found.get().counsellorId() == null) {
			entries.remove(id.value());
			return;
		}
		BilanSummary bilan = found.get();
		entries.upsert(bilan, maxMinutes(bilan.schemeId(), new HashMap<>()), at);
		entries.figures(sessions.figuresForRecords(List.of(id.value())).getOrDefault(id.value(), SessionFigures.none(id.value())));
	}

	/** Writes the read model again from scratch; returns the number of rows. */
	@Transactional
	public int rebuild() {
		long started = System.nanoTime();
		entries.clear();
		Map<UUID, Integer> maxima = new HashMap<>();
		int written = 0;
		UUID after = null;
		while (true) {
			List<BilanSummary> page = bilans.withCounsellorAfter(after, BATCH);
			if (page.isEmpty()) {
				break;
			}
			Map<UUID, SessionFigures> figures = sessions.figuresForRecords(page.stream().map(b -> b.id().value()).toList());
			List<Object[]> rows = new ArrayList<>(page.size());
			for (BilanSummary bilan : page) {
				UUID id = bilan.id().value();
				rows.add(CaseloadEntries.insertRow(bilan, maxMinutes(bilan.schemeId(), maxima),
						figures.getOrDefault(id, SessionFigures.none(id))));
			}
			entries.insertAll(rows);
			written += page.size();
			after = page.get(page.size() - 1).id().value();
		}
		log.info("Caseload read model rebuilt: {} bilans in {} ms", written, (System.nanoTime() - started) / 1_000_000);
		return written;
	}

	/** Rebuilds only when the read model is empty (a new database, or one from before the read model). */
	public void rebuildIfEmpty() {
		if (entries.count() == 0 && !bilans.withCounsellorAfter(null, 1).isEmpty()) {
			rebuild();
		}
	}

	private Integer maxMinutes(UUID scheme, Map<UUID, Integer> cache) {
		return cache.computeIfAbsent(scheme, id -> schemes.find(new SchemeId(id)).map(s -> s.maxHours())
				.map(hours -> hours.multiply(BigDecimal.valueOf(60)).intValue()).orElse(null));
	}

	Instant now() {
		return clock.instant();
	}
}
