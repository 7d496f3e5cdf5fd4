package be.balise.casework;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import be.balise.assessment.AccessMode;
import be.balise.assessment.AssessmentAccess;
import be.balise.assessment.BilanId;
import be.balise.assessment.BilanNotFound;
import be.balise.assessment.BilanPart;
import be.balise.assessment.BilanSummary;
import be.balise.identity.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The bilan's objectives, written together by the worker and the counsellor (BilanPart.CASEWORK, both read and
 * write); the worker comments on them. Two people editing one objective at once: the second is told and keeps
 * what they typed (see {@link EditOutcome}).
 */
@Service
public class ObjectiveService {

	static final String KIND = "casework.objective";

	private final Objectives objectives;
	private final AssessmentAccess access;
	private final Clock clock;

	ObjectiveService(Objectives objectives, AssessmentAccess access, Clock clock) {
		this.objectives = objectives;
		this.access = access;
		this.clock = clock;
	}

	/** The bilan, when this person may read its casework (404 otherwise). */
	public BilanSummary requireReadable(CurrentUser user, BilanId bilan) {
		return access.require(user, bilan, BilanPart.CASEWORK, AccessMode.READ);
	}

	/** Whether objectives can still be written: once the convention is signed, until the bilan ends. */
	public static boolean editable(BilanSummary bilan) {
		return bilan.state().isConducted() && !bilan.state().isFinal();
	}

	/** The objectives with their comments; each objective is audited as read. */
	public List<Objective> read(CurrentUser user, BilanId bilan) {
		requireReadable(user, bilan);
		List<Objective> found = objectives.open(bilan.value());
		found.forEach(objective -> access.readContent(user, bilan, BilanPart.CASEWORK, KIND, objective.id(), "view objectives"));
		return found;
	}

	@Transactional
	public UUID add(CurrentUser user, BilanId bilan, String text) {
		writable(user, bilan);
		return objectives.insert(bilan.value(), checked(text), clock.instant());
	}

	/** Saves {@code text} over the version this person started from, unless someone saved in between. */
	@Transactional
	public EditOutcome edit(CurrentUser user, BilanId bilan, UUID objective, long fromVersion, String text) {
		writable(user, bilan);
		String yours = checked(text);
		if (objectives.update(bilan.value(), objective, fromVersion, yours, clock.instant())) {
			return new EditOutcome.Saved();
		}
		access.readContent(user, bilan, BilanPart.CASEWORK, KIND, objective, "objective edited by someone else");
		Objective current = objectives.find(bilan.value(), objective).orElseThrow(BilanNotFound::new);
		return new EditOutcome.Conflict(List.of(new EditOutcome.Field("text", current.text(), yours)), current.version());
	}

	@Transactional
	public void comment(CurrentUser user, BilanId bilan, UUID objective, String text) {
		writable(user, bilan);
		if (!objectives.exists(bilan.value(), objective)) {
			throw new BilanNotFound();
		}
		objectives.insertComment(bilan.value(), objective, user.id().value(), checked(text), clock.instant());
	}

	private void writable(CurrentUser user, BilanId bilan) {
		BilanSummary summary = access.require(user, bilan, BilanPart.CASEWORK, AccessMode.WRITE);
		if (!editable(summary)) {
			throw new BilanNotFound();
		}
	}

	private static String checked(String text) {
		String stripped = text == null ? "" : text.strip();
		if (stripped.isEmpty() || stripped.length() > 20_000) {
			throw new IllegalArgumentException("A text is 1 to 20000 characters");
		}
		return stripped;
	}
}
