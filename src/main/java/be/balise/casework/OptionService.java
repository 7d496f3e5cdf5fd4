package be.balise.casework;

import java.time.Clock;
import java.util.ArrayList;
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
 * Options (pistes) weighed by the worker and the counsellor together (BilanPart.CASEWORK): written, ranked,
 * dropped with a reason. Concurrent edits are refused to the second person, who keeps what they typed.
 */
@Service
public class OptionService {

	static final String KIND = "casework.option";

	private final Options options;
	private final AssessmentAccess access;
	private final Clock clock;

	OptionService(Options options, AssessmentAccess access, Clock clock) {
		this.options = options;
		this.access = access;
		this.clock = clock;
	}

	public BilanSummary requireReadable(CurrentUser user, BilanId bilan) {
		return access.require(user, bilan, BilanPart.CASEWORK, AccessMode.READ);
	}

	/** Open options by rank, then dropped ones; each audited as read. */
	public List<PathOption> read(CurrentUser user, BilanId bilan) {
		requireReadable(user, bilan);
		List<PathOption> found = options.open(bilan.value());
		found.forEach(option -> access.readContent(user, bilan, BilanPart.CASEWORK, KIND, option.id(), "view options"));
		return found;
	}

	@Transactional
	public UUID add(CurrentUser user, BilanId bilan, OptionText text) {
		writable(user, bilan);
		return options.insert(bilan.value(), text, clock.instant());
	}

	@Transactional
	public EditOutcome edit(CurrentUser user, BilanId bilan, UUID option, long fromVersion, OptionText text) {
		writable(user, bilan);
		if (options.update(bilan.value(), option, fromVersion, text, clock.instant())) {
			return new EditOutcome.Saved();
		}
		access.readContent(user, bilan, BilanPart.CASEWORK, KIND, option, "option edited by someone else");
		PathOption current = options.find(bilan.value(), option).orElseThrow(BilanNotFound::new);
		List<EditOutcome.Field> fields = new ArrayList<>();
		for (int i = 0; i < OptionForm.FIELDS.length; i++) {
			fields.add(new EditOutcome.Field(OptionForm.FIELDS[i], current.text().values().get(i), text.values().get(i)));
		}
		return new EditOutcome.Conflict(fields, current.version());
	}

	/** Moves an open option one place up or down; false when it is already at that end. */
	@Transactional
	public boolean move(CurrentUser user, BilanId bilan, UUID option, boolean up) {
		writable(user, bilan);
		return options.move(bilan.value(), option, up);
	}

	/** Drops an open option, keeping why; false when it was already dropped or is not of this bilan. */
	@Transactional
	public boolean drop(CurrentUser user, BilanId bilan, UUID option, String reason) {
		writable(user, bilan);
		String why = reason == null ? "" : reason.strip();
		if (why.isEmpty() || why.length() > 4000) {
			throw new IllegalArgumentException("A reason is 1 to 4000 characters");
		}
		return options.drop(bilan.value(), option, why, clock.instant());
	}

	/**
	 * Merges {@code absorbed} into {@code kept}: each text of the kept option gains the absorbed one's below it (both
	 * texts stay, nothing is lost), and the absorbed option is dropped with a reason that names the merge. False when
	 * either is not an open option of this bilan or they are the same.
	 */
	@Transactional
	public boolean merge(CurrentUser user, BilanId bilan, UUID kept, UUID absorbed, String mergedReason) {
		writable(user, bilan);
		if (kept.equals(absorbed)) {
			return false;
		}
		var into = options.find(bilan.value(), kept).filter(option -> !option.dropped());
		var from = options.find(bilan.value(), absorbed).filter(option -> !option.dropped());
		if (into.isEmpty() || from.isEmpty()) {
			return false;
		}
		List<String> a = into.get().text().values();
		List<String> b = from.get().text().values();
		String[] merged = new String[a.size()];
		for (int i = 0; i < merged.length; i++) {
			merged[i] = join(a.get(i), b.get(i));
		}
		OptionText text = new OptionText(merged[0], merged[1], merged[2], merged[3], merged[4]);
		if (!options.update(bilan.value(), kept, into.get().version(), text, clock.instant())) {
			return false;
		}
		return options.drop(bilan.value(), absorbed, mergedReason, clock.instant());
	}

	private static String join(String first, String second) {
		String one = first == null ? "" : first.strip();
		String two = second == null ? "" : second.strip();
		if (two.isEmpty() || one.equals(two)) {
			return one;
		}
		return one.isEmpty() ? two : one + "\n\n" + two;
	}

	private void writable(CurrentUser user, BilanId bilan) {
		if (!ObjectiveService.editable(access.require(user, bilan, BilanPart.CASEWORK, AccessMode.WRITE))) {
			throw new BilanNotFound();
		}
	}
}
