package be.balise.demo;

import static be.balise.assessment.BilanState.*;

import java.util.ArrayList;
import java.util.List;

import be.balise.assessment.BilanState;
import be.balise.identity.Role;

/** The path a generated bilan took to reach its state, step by step, with the role that made each step. */
final class GeneratedJourneys {

	record Step(BilanState to, Role by) {
	}

	private GeneratedJourneys() {
	}

	static List<Step> pathTo(BilanState target) {
		List<Step> steps = new ArrayList<>();
		steps.add(new Step(REQUESTED, Role.WORKER));
		switch (target) {
			case REQUESTED -> { return steps; }
			case INFORMATION_REQUESTED, REFUSED -> {
				steps.add(new Step(target, Role.FUND_OFFICER));
				return steps;
			}
			default -> steps.add(new Step(ELIGIBLE, Role.FUND_OFFICER));
		}
		if (target == ELIGIBLE) {
			return steps;
		}
		steps.add(new Step(OPERATOR_CHOSEN, Role.WORKER));
		if (target == OPERATOR_CHOSEN) {
			return steps;
		}
		steps.add(new Step(FIRST_MEETING, Role.OPERATOR_ADMIN));
		if (target == FIRST_MEETING) {
			return steps;
		}
		if (target == REFERRED || target == LAPSED || target == CONTRACTED) {
			steps.add(new Step(target, Role.COUNSELLOR));
			return steps;
		}
		steps.add(new Step(CONTRACTED, Role.COUNSELLOR));
		steps.add(new Step(PRELIMINARY, Role.COUNSELLOR));
		if (target == PRELIMINARY) {
			return steps;
		}
		if (target == ABANDONED) {
			steps.add(new Step(ABANDONED, Role.WORKER));
			return steps;
		}
		steps.add(new Step(INVESTIGATION, Role.COUNSELLOR));
		if (target == INVESTIGATION) {
			return steps;
		}
		if (target == SUSPENDED) {
			steps.add(new Step(SUSPENDED, Role.COUNSELLOR));
			return steps;
		}
		steps.add(new Step(CONCLUSION, Role.COUNSELLOR));
		if (target == CONCLUSION) {
			return steps;
		}
		steps.add(new Step(FOLLOW_UP, Role.COUNSELLOR));
		if (target == CLOSED) {
			steps.add(new Step(CLOSED, Role.COUNSELLOR));
		}
		return steps;
	}
}
