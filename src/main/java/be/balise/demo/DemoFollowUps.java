package be.balise.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;

import be.balise.assessment.BilanLists;
import be.balise.assessment.BilanState;
import be.balise.followup.FollowUpService;
import be.balise.followup.PlanForm;
import be.balise.identity.AccountId;
import be.balise.identity.AccountService;
import be.balise.web.PageContext;
import org.springframework.stereotype.Component;

/** The demo's bilan in follow-up gets its first follow-up interview, planned around a key moment of the worker's change. */
@Component
class DemoFollowUps {

	static final String WORKER = "hugo@demo.balise.be";

	private final AccountService accounts;
	private final BilanLists lists;
	private final FollowUpService followUps;
	private final Clock clock;

	DemoFollowUps(AccountService accounts, BilanLists lists, FollowUpService followUps, Clock clock) {
		this.accounts = accounts;
		this.lists = lists;
		this.followUps = followUps;
		this.clock = clock;
	}

	/** Plans the interview once; later starts find it there. Returns whether it planned one. */
	boolean create() {
		var worker = accounts.findByEmail(WORKER);
		if (worker.isEmpty()) {
			return false;
		}
		boolean planned = false;
		for (var bilan : lists.ofWorker(worker.get().id().value())) {
			if (bilan.state() != BilanState.FOLLOW_UP || bilan.counsellorId() == null) {
				continue;
			}
			var counsellor = accounts.findById(new AccountId(bilan.counsellorId())).orElseThrow();
			if (!followUps.read(counsellor, bilan.id()).isEmpty()) {
				continue;
			}
			var form = new PlanForm();
			form.setNumber(1);
			form.setDate(LocalDate.now(clock.withZone(PageContext.BRUSSELS)).plusWeeks(6));
			form.setTime(LocalTime.of(10, 0));
			form.setMoment("Fin du premier mois dans le nouveau poste d’aide-comptable");
			followUps.plan(counsellor, bilan.id(), form);
			planned = true;
		}
		return planned;
	}
}
