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

/** Tasks between sessions (BilanPart.CASEWORK): either person sets one, the worker ticks it off with a comment. */
@Service
public class TaskService {

	static final String KIND = "casework.task";

	private final Tasks tasks;
	private final AssessmentAccess access;
	private final Clock clock;

	TaskService(Tasks tasks, AssessmentAccess access, Clock clock) {
		this.tasks = tasks;
		this.access = access;
		this.clock = clock;
	}

	public BilanSummary requireReadable(CurrentUser user, BilanId bilan) {
		return access.require(user, bilan, BilanPart.CASEWORK, AccessMode.READ);
	}

	/** Open tasks first, then done ones; each audited as read. */
	public List<Task> read(CurrentUser user, BilanId bilan) {
		requireReadable(user, bilan);
		List<Task> found = tasks.open(bilan.value());
		found.forEach(task -> access.readContent(user, bilan, BilanPart.CASEWORK, KIND, task.id(), "view tasks"));
		return found;
	}

	@Transactional
	public UUID add(CurrentUser user, BilanId bilan, String text) {
		writable(user, bilan);
		return tasks.insert(bilan.value(), checked(text), clock.instant());
	}

	/** Ticks a task off, with an optional comment; false when it was done already. */
	@Transactional
	public boolean done(CurrentUser user, BilanId bilan, UUID task, String comment) {
		writable(user, bilan);
		String words = comment == null ? "" : comment.strip();
		if (words.length() > 20_000) {
			throw new IllegalArgumentException("A comment is at most 20000 characters");
		}
		return tasks.done(bilan.value(), task, words, clock.instant());
	}

	private void writable(CurrentUser user, BilanId bilan) {
		if (!ObjectiveService.editable(access.require(user, bilan, BilanPart.CASEWORK, AccessMode.WRITE))) {
			throw new BilanNotFound();
		}
	}

	private static String checked(String text) {
		String stripped = text == null ? "" : text.strip();
		if (stripped.isEmpty() || stripped.length() > 20_000) {
			throw new IllegalArgumentException("A task is 1 to 20000 characters");
		}
		return stripped;
	}
}
