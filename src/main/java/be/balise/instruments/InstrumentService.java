package be.balise.instruments;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import be.balise.assessment.AccessMode;
import be.balise.assessment.AssessmentAccess;
import be.balise.assessment.BilanId;
import be.balise.assessment.BilanNotFound;
import be.balise.assessment.BilanPart;
import be.balise.assessment.BilanSummary;
import be.balise.identity.AccountService;
import be.balise.identity.CurrentUser;
import be.balise.identity.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Instruments in a bilan: the counsellor assigns one, the worker answers (saved as they go) and submits, both read
 * the result; the counsellor writes the shared reading and the worker a comment. Every read of answers or results
 * goes through {@link AssessmentAccess#readContent}, which checks and audits it.
 */
@Service
@Transactional
public class InstrumentService {

	static final String KIND = "instruments.answers";
	static final String RIASEC = "riasec";
	static final int MAX_TEXT_ANSWER = 5000;

	private final InstrumentAssignments assignments;
	private final ItemBanks banks;
	private final InstrumentCatalog catalog;
	private final AssessmentAccess access;
	private final Clock clock;
	private final AccountService accounts;

	InstrumentService(InstrumentAssignments assignments, ItemBanks banks, InstrumentCatalog catalog, AssessmentAccess access,
			Clock clock, AccountService accounts) {
		this.assignments = assignments;
		this.banks = banks;
		this.catalog = catalog;
		this.access = access;
		this.clock = clock;
		this.accounts = accounts;
	}

	/** The name of the bilan's worker, for a reader of its instruments. */
	String workerName(CurrentUser reader, BilanId bilan) {
		UUID worker = access.require(reader, bilan, BilanPart.INSTRUMENTS, AccessMode.READ).workerId();
		return accounts.displayNames(List.of(worker)).getOrDefault(worker, "");
	}

	/** The result of a submitted assignment: scores per scale and, for RIASEC, the Holland profile. */
	public record Result(Assignment assignment, ItemBank bank, Scores scores, Optional<HollandProfile> holland) {
	}

	/** Assigns a built-in instrument or one of the operator's questionnaires; another operator's is refused. */
	public UUID assign(CurrentUser counsellor, BilanId bilan, String instrument) {
		BilanSummary summary = access.requireRelation(counsellor, bilan, Role.COUNSELLOR);
		requireOpen(summary);
		ItemBank bank = catalog.assignable(summary.operatorId()).stream().filter(b -> b.id().equals(instrument)).findFirst()
				.orElseThrow(() -> new IllegalArgumentException("Not assignable here: " + instrument));
		return assignments.add(bilan.value(), bank, clock.instant());
	}

	/** The instruments the bilan's counsellor may assign in it. */
	public List<ItemBank> assignable(CurrentUser counsellor, BilanId bilan) {
		return catalog.assignable(access.requireRelation(counsellor, bilan, Role.COUNSELLOR).operatorId());
	}

	/** The bank an assignment was made with (its version, even if the questionnaire changed since). */
	public ItemBank bank(Assignment assignment) {
		return catalog.get(assignment.instrument(), assignment.instrumentVersion());
	}

	public InstrumentCatalog catalog() {
		return catalog;
	}

	public List<AssignmentSummary> list(CurrentUser reader, BilanId bilan) {
		access.require(reader, bilan, BilanPart.INSTRUMENTS, AccessMode.READ);
		return assignments.ofBilan(bilan.value());
	}

	/** The assignment with its answers, for a reader of the bilan's instruments (checked and audited). */
	public Assignment open(CurrentUser reader, BilanId bilan, UUID assignment, String purpose) {
		access.readContent(reader, bilan, BilanPart.INSTRUMENTS, KIND, assignment, purpose);
		return assignments.find(bilan.value(), assignment).orElseThrow(BilanNotFound::new);
	}

	/**
	 * Adds the worker's answers of one page to those saved; an empty value clears an answer. Returns false when the
	 * assignment is already submitted.
	 */
	public boolean answer(CurrentUser worker, BilanId bilan, UUID assignment, Map<String, Integer> page) {
		return answer(worker, bilan, assignment, page, Map.of());
	}

	/** The same with written answers to free-text items (a blank text clears the answer). */
	public boolean answer(CurrentUser worker, BilanId bilan, UUID assignment, Map<String, Integer> page, Map<String, String> texts) {
		requireOpen(access.require(worker, bilan, BilanPart.INSTRUMENTS, AccessMode.WRITE));
		return save(worker, bilan, assignment, page, texts, false);
	}

	/** The counsellor enters answers with the worker during a session; the assignment is marked as filled in together. */
	public boolean answerTogether(CurrentUser counsellor, BilanId bilan, UUID assignment, Map<String, Integer> page,
			Map<String, String> texts) {
		requireOpen(access.requireRelation(counsellor, bilan, Role.COUNSELLOR));
		return save(counsellor, bilan, assignment, page, texts, true);
	}

	private boolean save(CurrentUser user, BilanId bilan, UUID assignment, Map<String, Integer> page, Map<String, String> texts,
			boolean together) {
		Assignment current = open(user, bilan, assignment, "answer");
		ItemBank bank = bank(current);
		Map<String, Integer> answers = new HashMap<>(current.answers());
		page.forEach((item, point) -> {
			if (bank.item(item).filter(found -> !found.writesText()).isEmpty()) {
				throw new IllegalArgumentException("No such item: " + item);
			}
			if (point == null) {
				answers.remove(item);
			} else if (bank.format().accepts(point)) {
				answers.put(item, point);
			} else {
				throw new IllegalArgumentException("Answer out of range for " + item);
			}
		});
		Map<String, String> written = new HashMap<>(current.textAnswers());
		texts.forEach((item, text) -> {
			if (bank.item(item).filter(ItemBank.Item::writesText).isEmpty()) {
				throw new IllegalArgumentException("No such free-text item: " + item);
			}
			if (text == null || text.isBlank()) {
				written.remove(item);
			} else if (text.length() > MAX_TEXT_ANSWER) {
				throw new IllegalArgumentException("Answer too long for " + item);
			} else {
				written.put(item, text.strip());
			}
		});
		return assignments.saveAnswers(bilan.value(), assignment, answers, written, together);
	}

	public boolean submit(CurrentUser worker, BilanId bilan, UUID assignment) {
		requireOpen(access.require(worker, bilan, BilanPart.INSTRUMENTS, AccessMode.WRITE));
		open(worker, bilan, assignment, "submit");
		return assignments.submit(bilan.value(), assignment, clock.instant());
	}

	/** The counsellor submits answers entered together with the worker. */
	public boolean submitTogether(CurrentUser counsellor, BilanId bilan, UUID assignment) {
		requireOpen(access.requireRelation(counsellor, bilan, Role.COUNSELLOR));
		open(counsellor, bilan, assignment, "submit");
		return assignments.submit(bilan.value(), assignment, clock.instant());
	}

	public Result result(CurrentUser reader, BilanId bilan, UUID assignment) {
		Assignment current = open(reader, bilan, assignment, "result");
		ItemBank bank = bank(current);
		Scores scores = Scorer.score(bank, current.answers());
		Optional<HollandProfile> holland = bank.id().equals(RIASEC) ? HollandProfile.of(scores) : Optional.empty();
		return new Result(current, bank, scores, holland);
	}

	/** The counsellor's shared reading (restitution) of a submitted result. */
	public boolean writeSharedReading(CurrentUser counsellor, BilanId bilan, UUID assignment, String text) {
		requireOpen(access.requireRelation(counsellor, bilan, Role.COUNSELLOR));
		open(counsellor, bilan, assignment, "shared reading");
		return assignments.saveText(bilan.value(), assignment, InstrumentAssignments.Column.SHARED_READING, text.strip());
	}

	public boolean writeComment(CurrentUser worker, BilanId bilan, UUID assignment, String text) {
		requireOpen(access.require(worker, bilan, BilanPart.INSTRUMENTS, AccessMode.WRITE));
		open(worker, bilan, assignment, "comment");
		return assignments.saveText(bilan.value(), assignment, InstrumentAssignments.Column.WORKER_COMMENT, text.strip());
	}

	public ItemBanks banks() {
		return banks;
	}

	private static void requireOpen(BilanSummary bilan) {
		if (bilan.state().isFinal()) {
			throw new BilanNotFound();
		}
	}
}
