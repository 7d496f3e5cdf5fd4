package be.balise.synthesis;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import be.balise.assessment.AccessMode;
import be.balise.assessment.AssessmentAccess;
import be.balise.assessment.BilanId;
import be.balise.assessment.BilanNotFound;
import be.balise.assessment.BilanPart;
import be.balise.assessment.BilanState;
import be.balise.assessment.BilanSummary;
import be.balise.casework.ObjectiveService;
import be.balise.casework.OptionService;
import be.balise.casework.PathOption;
import be.balise.identity.AccountId;
import be.balise.identity.AccountService;
import be.balise.identity.CurrentUser;
import be.balise.identity.Role;
import be.balise.instruments.AssignmentSummary;
import be.balise.instruments.InstrumentService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The synthesis of a bilan (BilanPart.SYNTHESIS: the worker and the counsellor read and write). It can be read from
 * the investigation phase on; it is drafted, amended, commented and validated during the conclusion. Every save
 * makes a new revision; a revision both validated is frozen, and any later change makes a new revision that needs
 * both validations again. The worker keeps the statuses of the action plan up to date, after the bilan too.
 */
@Service
public class SynthesisService {

	static final String KIND = "synthesis";
	static final int MAX_TEXT = 20_000;
	private static final Set<BilanState> VISIBLE = EnumSet.of(BilanState.INVESTIGATION, BilanState.CONCLUSION,
			BilanState.FOLLOW_UP, BilanState.SUSPENDED, BilanState.CLOSED, BilanState.ABANDONED);

	private final Revisions revisions;
	private final ActionPlan actions;
	private final AssessmentAccess access;
	private final OptionService options;
	private final ObjectiveService objectives;
	private final InstrumentService instruments;
	private final AccountService accounts;
	private final Clock clock;

	SynthesisService(Revisions revisions, ActionPlan actions, AssessmentAccess access, OptionService options,
			ObjectiveService objectives, InstrumentService instruments, AccountService accounts, Clock clock) {
		this.accounts = accounts;
		this.revisions = revisions;
		this.actions = actions;
		this.access = access;
		this.options = options;
		this.objectives = objectives;
		this.instruments = instruments;
		this.clock = clock;
	}

	/** What a page of the synthesis shows to one of its two authors. */
	public record View(BilanSummary bilan, Optional<Revision> latest, List<RevisionInfo> revisions, Optional<Integer> validated,
			List<SynthesisComment> comments, List<ActionItem> actions, boolean drafting) {

		public List<SynthesisComment> commentsOn(Section section) {
			return comments.stream().filter(comment -> comment.section() == section).toList();
		}
	}

	/** The bilan, when this person may read its synthesis and the bilan has reached the investigation (404 otherwise). */
	public BilanSummary requireReadable(CurrentUser user, BilanId bilan) {
		BilanSummary summary = access.require(user, bilan, BilanPart.SYNTHESIS, AccessMode.READ);
		if (!VISIBLE.contains(summary.state())) {
			throw new BilanNotFound();
		}
		return summary;
	}

	/** Whether the synthesis can be drafted, amended and validated: during the conclusion. */
	public static boolean drafting(BilanSummary bilan) {
		return bilan.state() == BilanState.CONCLUSION;
	}

	/** The synthesis as it stands, its comments and action plan; one audited read. */
	public View view(CurrentUser user, BilanId bilan) {
		BilanSummary summary = requireReadable(user, bilan);
		access.readContent(user, bilan, BilanPart.SYNTHESIS, KIND, bilan.value(), "view synthesis");
		int latest = revisions.latestNumber(bilan.value());
		return new View(summary, latest == 0 ? Optional.empty() : revisions.find(bilan.value(), latest),
				revisions.infos(bilan.value()), revisions.latestValidated(bilan.value()), revisions.comments(bilan.value()),
				actions.all(bilan.value()), drafting(summary));
	}

	/** One revision (audited). */
	public Revision revision(CurrentUser user, BilanId bilan, int number) {
		requireReadable(user, bilan);
		access.readContent(user, bilan, BilanPart.SYNTHESIS, KIND, bilan.value(), "read synthesis version " + number);
		return revisions.find(bilan.value(), number).orElseThrow(BilanNotFound::new);
	}

	/** The two revisions compared word by word, section by section, then the action plan as text. */
	public Map<Section, List<WordDiff.Segment>> compare(CurrentUser user, BilanId bilan, int from, int to) {
		Revision before = revision(user, bilan, from);
		Revision after = revision(user, bilan, to);
		Map<Section, List<WordDiff.Segment>> result = new EnumMap<>(Section.class);
		for (Section section : Section.values()) {
			String left = before.section(section);
			String right = after.section(section);
			if (section == Section.ACTION_PLAN) {
				left = left + "\n" + planText(before.actions());
				right = right + "\n" + planText(after.actions());
			}
			result.put(section, WordDiff.compare(left.strip(), right.strip()));
		}
		return result;
	}

	/** The latest revision both validated: the final synthesis, for the worker alone (audited). */
	public Optional<Revision> finalRevision(CurrentUser worker, BilanId bilan) {
		access.requireRelation(worker, bilan, Role.WORKER);
		requireReadable(worker, bilan);
		Optional<Integer> number = revisions.latestValidated(bilan.value());
		number.ifPresent(n -> access.readContent(worker, bilan, BilanPart.SYNTHESIS, KIND, bilan.value(), "final synthesis"));
		return number.flatMap(n -> revisions.find(bilan.value(), n));
	}

	/** The live action plan (statuses as the worker last set them), without an audit row: callers audited the view. */
	List<ActionItem> actionsOf(BilanId bilan) {
		return actions.all(bilan.value());
	}

	/** The counsellor starts the draft, pre-filled from what the bilan holds; nothing happens if a draft exists. */
	@Transactional
	public int start(CurrentUser counsellor, BilanId bilan) {
		BilanSummary summary = access.requireRelation(counsellor, bilan, Role.COUNSELLOR);
		requireDrafting(counsellor, bilan);
		int latest = revisions.latestNumber(bilan.value());
		if (latest > 0) {
			return latest;
		}
		Map<Section, String> sections = prefill(counsellor, summary);
		revisions.insert(bilan.value(), 1, new Revisions.Body(sections, snapshot(bilan)), counsellor.id().value(), clock.instant());
		return 1;
	}

	/**
	 * The counsellor fills the sections still empty with what the bilan now holds (for example an instrument result the
	 * worker agreed to include after the draft began); a new revision when anything was filled, false otherwise.
	 */
	@Transactional
	public boolean refill(CurrentUser counsellor, BilanId bilan) {
		BilanSummary summary = access.requireRelation(counsellor, bilan, Role.COUNSELLOR);
		requireDrafting(counsellor, bilan);
		int latest = revisions.latestNumber(bilan.value());
		Revision current = revisions.find(bilan.value(), latest).orElseThrow(BilanNotFound::new);
		Map<Section, String> sections = new EnumMap<>(current.sections());
		boolean filled = false;
		for (Map.Entry<Section, String> suggestion : prefill(counsellor, summary).entrySet()) {
			if (current.section(suggestion.getKey()).isBlank() && !suggestion.getValue().isBlank()) {
				sections.put(suggestion.getKey(), suggestion.getValue());
				filled = true;
			}
		}
		return filled && revisions.insert(bilan.value(), latest + 1, new Revisions.Body(sections, snapshot(bilan)),
				counsellor.id().value(), clock.instant());
	}

	/**
	 * Saves the sections as typed by this person from revision {@code base}. If someone saved other texts since, nothing
	 * is saved and the outcome carries both versions.
	 */
	@Transactional
	public SaveOutcome save(CurrentUser user, BilanId bilan, int base, Map<Section, String> typed) {
		requireDrafting(user, bilan);
		Map<Section, String> yours = checked(typed);
		int latest = revisions.latestNumber(bilan.value());
		Revision current = revisions.find(bilan.value(), latest).orElseThrow(BilanNotFound::new);
		if (latest != base) {
			Revision started = revisions.find(bilan.value(), base).orElseThrow(BilanNotFound::new);
			if (!started.sections().equals(current.sections())) {
				access.readContent(user, bilan, BilanPart.SYNTHESIS, KIND, bilan.value(), "synthesis saved by someone else");
				return new SaveOutcome.Conflict(current, yours);
			}
		}
		if (current.sections().equals(yours)) {
			return new SaveOutcome.Unchanged();
		}
		if (!revisions.insert(bilan.value(), latest + 1, new Revisions.Body(yours, snapshot(bilan)), user.id().value(),
				clock.instant())) {
			Revision winner = revisions.find(bilan.value(), latest + 1).orElseThrow(BilanNotFound::new);
			return new SaveOutcome.Conflict(winner, yours);
		}
		return new SaveOutcome.Saved(latest + 1);
	}

	/** This person validates revision {@code number}; false when it is no longer the latest. */
	@Transactional
	public boolean validate(CurrentUser user, BilanId bilan, int number) {
		BilanSummary summary = requireDrafting(user, bilan);
		boolean counsellor = user.has(Role.COUNSELLOR) && user.id().value().equals(summary.counsellorId());
		return revisions.validate(bilan.value(), number, counsellor, clock.instant());
	}

	@Transactional
	public void comment(CurrentUser user, BilanId bilan, Section section, String text) {
		requireDrafting(user, bilan);
		int latest = revisions.latestNumber(bilan.value());
		if (latest == 0) {
			throw new BilanNotFound();
		}
		revisions.insertComment(bilan.value(), section, latest, user.id().value(), checked(text), clock.instant());
	}

	/** Adds an action to the plan; the synthesis gets a new revision (to be validated again). */
	@Transactional
	public UUID addAction(CurrentUser user, BilanId bilan, ActionForm form) {
		requireDrafting(user, bilan);
		requireStarted(bilan);
		UUID id = actions.insert(bilan.value(), form.text(), form.getTargetDate(), clock.instant());
		newRevisionForPlan(user, bilan);
		return id;
	}

	/** Edits an action's texts from the version this person started from; false when someone saved in between. */
	@Transactional
	public boolean editAction(CurrentUser user, BilanId bilan, UUID action, ActionForm form) {
		requireDrafting(user, bilan);
		requireStarted(bilan);
		if (!actions.update(bilan.value(), action, form.getVersion(), form.text(), form.getTargetDate())) {
			actions.find(bilan.value(), action).orElseThrow(BilanNotFound::new);
			return false;
		}
		newRevisionForPlan(user, bilan);
		return true;
	}

	@Transactional
	public void removeAction(CurrentUser user, BilanId bilan, UUID action) {
		requireDrafting(user, bilan);
		if (!actions.delete(bilan.value(), action)) {
			throw new BilanNotFound();
		}
		newRevisionForPlan(user, bilan);
	}

	/** The worker moves an action's status: during the bilan and after it, until its content is destroyed. */
	@Transactional
	public void setStatus(CurrentUser worker, BilanId bilan, UUID action, ActionStatus status) {
		access.requireRelation(worker, bilan, Role.WORKER);
		requireReadable(worker, bilan);
		if (!actions.setStatus(bilan.value(), action, status, clock.instant())) {
			throw new BilanNotFound();
		}
	}

	/** The worker's submitted instruments, each with whether they agreed to include its result. */
	public record InstrumentChoice(AssignmentSummary assignment, String title, boolean included) {
	}

	public List<InstrumentChoice> instrumentChoices(CurrentUser user, BilanId bilan, Locale locale) {
		requireReadable(user, bilan);
		List<UUID> chosen = revisions.chosen(bilan.value());
		return instruments.list(user, bilan).stream().filter(AssignmentSummary::submitted)
				.map(assignment -> new InstrumentChoice(assignment,
						instruments.banks().get(assignment.instrument()).title().in(locale), chosen.contains(assignment.id())))
				.toList();
	}

	/** The worker agrees (or no longer agrees) that an instrument's result goes into the synthesis. */
	@Transactional
	public void choose(CurrentUser worker, BilanId bilan, UUID assignment, boolean included) {
		access.requireRelation(worker, bilan, Role.WORKER);
		BilanSummary summary = requireReadable(worker, bilan);
		if (summary.state().isFinal() || instruments.list(worker, bilan).stream().noneMatch(a -> a.id().equals(assignment))) {
			throw new BilanNotFound();
		}
		revisions.choose(bilan.value(), assignment, included, clock.instant());
	}

	private void newRevisionForPlan(CurrentUser user, BilanId bilan) {
		int latest = revisions.latestNumber(bilan.value());
		Revision current = revisions.find(bilan.value(), latest).orElseThrow(BilanNotFound::new);
		revisions.insert(bilan.value(), latest + 1, new Revisions.Body(current.sections(), snapshot(bilan)), user.id().value(),
				clock.instant());
	}

	private List<Revision.SnapshotAction> snapshot(BilanId bilan) {
		return actions.all(bilan.value()).stream().map(action -> new Revision.SnapshotAction(action.id(), action.priority(),
				action.project(), action.description(), action.firstStep(),
				action.targetDate() == null ? null : action.targetDate().toString(), action.resources(), action.contacts()))
				.toList();
	}

	private Map<Section, String> prefill(CurrentUser counsellor, BilanSummary summary) {
		BilanId bilan = summary.id();
		Map<Section, String> sections = new EnumMap<>(Section.class);
		for (Section section : Section.values()) {
			sections.put(section, "");
		}
		sections.put(Section.REQUEST, lines(objectives.read(counsellor, bilan).stream().map(objective -> "- " + objective.text()).toList()));
		List<PathOption> all = options.read(counsellor, bilan);
		List<String> explored = new ArrayList<>();
		for (PathOption option : all) {
			String line = "- " + option.text().description();
			if (option.dropped()) {
				line += " (" + option.droppedReason() + ")";
			}
			explored.add(line);
		}
		sections.put(Section.OPTIONS, lines(explored));
		sections.put(Section.PROJECTS, lines(all.stream().filter(option -> !option.dropped()).limit(2)
				.map(option -> "- " + option.text().description()).toList()));
		List<String> results = new ArrayList<>();
		Locale locale = accounts.findById(new AccountId(summary.workerId())).map(CurrentUser::locale).orElse(Locale.FRENCH);
		for (UUID chosen : revisions.chosen(bilan.value())) {
			InstrumentService.Result result = instruments.result(counsellor, bilan, chosen);
			if (!result.assignment().submitted()) {
				continue;
			}
			results.add(result.bank().title().in(locale));
			result.holland().ifPresent(profile -> results.add("  " + profile.code()));
			result.scores().scales().stream().filter(score -> score.scored()).forEach(score -> results.add("  - "
					+ result.bank().scale(score.scale()).name().in(locale) + " : "
					+ result.bank().scale(score.scale()).bands().of(score.band()).in(locale)));
			if (result.assignment().sharedReading() != null && !result.assignment().sharedReading().isBlank()) {
				results.add("  " + result.assignment().sharedReading());
			}
		}
		sections.put(Section.INTERESTS, lines(results));
		return sections;
	}

	private BilanSummary requireDrafting(CurrentUser user, BilanId bilan) {
		BilanSummary summary = access.require(user, bilan, BilanPart.SYNTHESIS, AccessMode.WRITE);
		if (!drafting(summary)) {
			throw new BilanNotFound();
		}
		return summary;
	}

	private void requireStarted(BilanId bilan) {
		if (revisions.latestNumber(bilan.value()) == 0) {
			throw new BilanNotFound();
		}
	}

	static String planText(List<Revision.SnapshotAction> plan) {
		StringBuilder text = new StringBuilder();
		for (Revision.SnapshotAction action : plan) {
			text.append(action.priority()).append(". ").append(nullToEmpty(action.project())).append(" — ")
					.append(nullToEmpty(action.description())).append(" — ").append(nullToEmpty(action.firstStep())).append(" — ")
					.append(nullToEmpty(action.targetDate())).append(" — ").append(nullToEmpty(action.resources())).append(" — ")
					.append(nullToEmpty(action.contacts())).append('\n');
		}
		return text.toString();
	}

	private static String nullToEmpty(String text) {
		return text == null ? "" : text;
	}

	private static String lines(List<String> lines) {
		return String.join("\n", lines);
	}

	private static Map<Section, String> checked(Map<Section, String> typed) {
		Map<Section, String> sections = new EnumMap<>(Section.class);
		for (Section section : Section.values()) {
			String text = typed.getOrDefault(section, "");
			text = text == null ? "" : text.strip().replace("\r\n", "\n");
			if (text.length() > MAX_TEXT) {
				throw new IllegalArgumentException("A section is at most 20000 characters");
			}
			sections.put(section, text);
		}
		return sections;
	}

	private static String checked(String text) {
		String stripped = text == null ? "" : text.strip();
		if (stripped.isEmpty() || stripped.length() > MAX_TEXT) {
			throw new IllegalArgumentException("A text is 1 to 20000 characters");
		}
		return stripped;
	}

	static LocalDate today(Clock clock) {
		return LocalDate.now(clock.withZone(be.balise.web.PageContext.BRUSSELS));
	}
}
