package be.balise.followup;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import be.balise.assessment.AccessMode;
import be.balise.assessment.AssessmentAccess;
import be.balise.assessment.BilanId;
import be.balise.assessment.BilanNotFound;
import be.balise.assessment.BilanPart;
import be.balise.assessment.BilanState;
import be.balise.assessment.BilanSummary;
import be.balise.audit.AuditLog;
import be.balise.audit.ContentRead;
import be.balise.identity.CurrentUser;
import be.balise.identity.Role;
import be.balise.planning.SessionService;
import be.balise.scheme.SchemeId;
import be.balise.scheme.Schemes;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The worker's appraisal of the service (PRODUCT.md §3: the worker writes it, nobody reads one answer). Scores go
 * to an anonymous row; the free comment is content of the bilan. Counsellors, operator admins and fund officers
 * see aggregates of closed quarters over at least {@value #MINIMUM} bilans; counsellors and operator admins read
 * free comments of closed quarters in batches of at least {@value #MINIMUM}, without names, in random order.
 */
@Service
public class AppraisalService {

	static final String COMMENT_KIND = "followup.appraisal-comment";
	static final int MINIMUM = 5;
	static final Set<BilanState> OPEN_FOR_APPRAISAL = Set.of(BilanState.CONCLUSION, BilanState.FOLLOW_UP);

	private final Appraisals appraisals;
	private final AssessmentAccess access;
	private final SessionService sessions;
	private final Schemes schemes;
	private final FollowUpSealing sealing;
	private final AuditLog audit;
	private final Clock clock;

	AppraisalService(Appraisals appraisals, AssessmentAccess access, SessionService sessions, Schemes schemes, FollowUpSealing sealing,
			AuditLog audit, Clock clock) {
		this.appraisals = appraisals;
		this.access = access;
		this.sessions = sessions;
		this.schemes = schemes;
		this.sealing = sealing;
		this.audit = audit;
		this.clock = clock;
	}

	/** Where the worker stands with the appraisal of this bilan. */
	public enum Status { NOT_YET, OPEN, GIVEN }

	/** The worker's bilan, when they may write its appraisal part (404 otherwise). */
	BilanSummary requireWorker(CurrentUser worker, BilanId bilan) {
		return access.require(worker, bilan, BilanPart.APPRAISAL, AccessMode.WRITE);
	}

	Status status(CurrentUser worker, BilanId bilan) {
		BilanSummary summary = requireWorker(worker, bilan);
		if (appraisals.given(bilan.value())) {
			return Status.GIVEN;
		}
		return OPEN_FOR_APPRAISAL.contains(summary.state()) ? Status.OPEN : Status.NOT_YET;
	}

	AppraisalQuestionnaire questionnaireOf(BilanSummary bilan) {
		return AppraisalQuestionnaire.of(schemes.find(new SchemeId(bilan.schemeId()))
				.map(scheme -> scheme.appraisalQuestionnaire()).orElse("default"));
	}

	/** Records the worker's answers once; false when the appraisal was already given (a second submission). */
	@Transactional
	public boolean answer(CurrentUser worker, BilanId bilan, AppraisalForm form) {
		BilanSummary summary = requireWorker(worker, bilan);
		if (!OPEN_FOR_APPRAISAL.contains(summary.state()) || summary.counsellorId() == null || summary.operatorId() == null) {
			throw new BilanNotFound();
		}
		if (!appraisals.markGiven(bilan.value())) {
			return false;
		}
		AppraisalQuestionnaire questionnaire = questionnaireOf(summary);
		Instant now = clock.instant();
		var facts = new Appraisals.Facts(summary.schemeId(), summary.operatorId(), summary.counsellorId(), Periods.quarterOf(now),
				Periods.hoursBand(sessions.heldMinutesForRecords(bilan)), Periods.durationBand(summary.createdAt(), now));
		Map<AppraisalItem, Integer> scores = form.scores();
		scores.keySet().retainAll(questionnaire.items());
		if (scores.values().stream().anyMatch(score -> score == null || score < AppraisalItem.MIN || score > AppraisalItem.MAX)) {
			throw new IllegalArgumentException("Every item is answered 1 to 5");
		}
		appraisals.insertAnswer(questionnaire.code(), facts, scores);
		String comment = form.getComment().strip();
		if (questionnaire.freeComment() && !comment.isEmpty()) {
			appraisals.insertComment(bilan.value(), facts, sealing.seal(bilan.value(), Appraisals.COMMENTS, bilan.value(), comment));
		}
		return true;
	}

	/** The aggregates of closed quarters that this person may see in the role of the page they opened. */
	public List<AppraisalAggregate> aggregates(CurrentUser user, Role role, Clock now) {
		return appraisals.aggregates(scope(user, role), Periods.quarterOf(now.instant()), MINIMUM);
	}

	/**
	 * The free comments of closed quarters, by quarter, only where a quarter holds at least five; shuffled, without
	 * names. Only counsellors (their own bilans) and operator admins (their operators'); each opening is audited.
	 */
	public List<AppraisalComments> comments(CurrentUser user, Role role, Clock now) {
		if (role != Role.COUNSELLOR && role != Role.OPERATOR_ADMIN) {
			return List.of();
		}
		Map<String, List<Appraisals.StoredComment>> byPeriod = new TreeMap<>(Collections.reverseOrder());
		appraisals.comments(scope(user, role), Periods.quarterOf(now.instant()))
				.forEach(comment -> byPeriod.computeIfAbsent(comment.period(), key -> new ArrayList<>()).add(comment));
		List<AppraisalComments> batches = new ArrayList<>();
		byPeriod.forEach((period, stored) -> {
			if (stored.size() >= MINIMUM) {
				List<String> texts = new ArrayList<>();
				for (var comment : stored) {
					audit.recordRead(new ContentRead(user.id().value(), role.name(), comment.bilan(), COMMENT_KIND, comment.bilan(),
							"appraisal comments, read in a batch"));
					texts.add(sealing.open(comment.bilan(), Appraisals.COMMENTS, comment.bilan(), comment.ciphertext()));
				}
				Collections.shuffle(texts);
				batches.add(new AppraisalComments(period, texts));
			}
		});
		return batches;
	}

	private Appraisals.Scope scope(CurrentUser user, Role role) {
		return switch (role) {
			case COUNSELLOR -> new Appraisals.Scope("counsellor_id", user.has(Role.COUNSELLOR) ? Set.of(user.id().value()) : Set.of());
			case OPERATOR_ADMIN -> new Appraisals.Scope("operator_id", access.operatorsOf(user));
			case FUND_OFFICER -> {
				Set<UUID> schemeIds = new HashSet<>();
				access.fundsOf(user).forEach(fund -> schemeIds.addAll(schemes.versionIdsOfFund(fund)));
				yield new Appraisals.Scope("scheme_id", schemeIds);
			}
			default -> new Appraisals.Scope("counsellor_id", Set.of());
		};
	}
}
