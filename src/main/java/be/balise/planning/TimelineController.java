package be.balise.planning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import be.balise.assessment.AssessmentAccess;
import be.balise.assessment.BilanId;
import be.balise.assessment.BilanView;
import be.balise.assessment.BilanViews;
import be.balise.identity.CurrentUser;
import be.balise.identity.Role;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The bilan's timeline for the worker and the counsellor: sessions and the history of the bilan (phase changes,
 * counsellor changes, with reasons for those who may read them), in the order they happen. No place, no note.
 */
@Controller
class TimelineController {

	private final SessionService sessions;
	private final BilanViews views;
	private final AssessmentAccess access;

	TimelineController(SessionService sessions, BilanViews views, AssessmentAccess access) {
		this.sessions = sessions;
		this.views = views;
		this.access = access;
	}

	@GetMapping("/counsellor/bilans/{id}/timeline")
	String counsellor(@AuthenticationPrincipal CurrentUser counsellor, @PathVariable UUID id, Model model, Locale locale) {
		return timeline(counsellor, new BilanId(id), Role.COUNSELLOR, model, locale);
	}

	@GetMapping("/worker/bilans/{id}/timeline")
	String worker(@AuthenticationPrincipal CurrentUser worker, @PathVariable UUID id, Model model, Locale locale) {
		return timeline(worker, new BilanId(id), Role.WORKER, model, locale);
	}

	private String timeline(CurrentUser user, BilanId bilan, Role role, Model model, Locale locale) {
		access.requireRelation(user, bilan, role);
		BilanView view = views.view(user, bilan, locale);
		List<TimelineItem> items = new ArrayList<>();
		sessions.list(user, bilan).forEach(session -> items.add(new TimelineItem(session.startsAt(), session, null)));
		view.history().forEach(entry -> items.add(new TimelineItem(entry.at(), null, entry)));
		items.sort(Comparator.comparing(TimelineItem::at).reversed());
		model.addAttribute("view", view);
		model.addAttribute("items", items);
		return "planning/timeline";
	}
}
