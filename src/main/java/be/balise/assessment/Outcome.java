package be.balise.assessment;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Runs a move and redirects back with a confirmation, or with the reason it was refused. */
public final class Outcome {

	private Outcome() {
	}

	public static String of(Runnable move, String doneKey, String back, RedirectAttributes redirect) {
		try {
			move.run();
			redirect.addFlashAttribute("flash", doneKey);
		} catch (TransitionRefused refused) {
			redirect.addFlashAttribute("problem", refused.messageKey());
		} catch (OptimisticLockingFailureException changed) {
			redirect.addFlashAttribute("problem", "assessment.refused.changedMeanwhile");
		}
		return "redirect:" + back;
	}
}
