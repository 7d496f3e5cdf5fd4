package be.balise.followup;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import be.balise.caseload.CaseloadAlert;
import be.balise.caseload.CaseloadAlerts;
import be.balise.assessment.AccessMode;
import be.balise.assessment.AssessmentAccess;
import be.balise.assessment.BilanId;
import be.balise.assessment.BilanNotFound;
import be.balise.assessment.BilanPart;
import be.balise.assessment.BilanState;
import be.balise.assessment.BilanSummary;
import be.balise.assessment.TransitionRefused;
import be.balise.identity.CurrentUser;
import be.balise.identity.Role;
import be.balise.reference.Lexicon;
import be.balise.reference.LexiconScheme;
import be.balise.web.PageContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Follow-up interviews (PRODUCT.md §2 "Follow-up"; content: worker and counsellor, BilanPart.FOLLOW_UP): the
 * counsellor plans each one with the worker around a key moment of their change, the worker agrees to the date
 * and fills in a self-assessment, the counsellor records the interview and, when the worker asks for help with
 * the plan, a referral to another scheme.
 */
@Service
public class FollowUpService {

	static final String INTERVIEW_KIND = "followup.interview";
	static final String SELF_KIND = "followup.self-assessment";
	static final String REFERRAL_KIND = "followup.referral";
	/** Interviews are planned at the end of the conclusion and during the follow-up. */
	static final Set<BilanState> PLANNABLE = Set.of(BilanState.CONCLUSION, BilanState.FOLLOW_UP);

	private final Interviews interviews;
	private final AssessmentAccess access;
	private final FollowUpSealing sealing;
	private final Lexicon lexicon;
	private final CaseloadAlerts alerts;
	private final Clock clock;

	FollowUpService(Interviews interviews, AssessmentAccess access, FollowUpSealing sealing, Lexicon lexicon,
			CaseloadAlerts alerts, Clock clock) {
		this.alerts = alerts;
		this.interviews = interviews;
		this.access = access;
		this.sealing = sealing;
		this.lexicon = lexicon;
		this.clock = clock;
	}

	/** The schemes of the lexicon a referral can name, in lexicon order. */
	public java.util.List<LexiconScheme> lexicon() {
		return lexicon.all();
	}

	/** The bilan, when this person may read its follow-up (404 otherwise). */
	public BilanSummary requireReadable(CurrentUser user, BilanId bilan) {
		return access.require(user, bilan, BilanPart.FOLLOW_UP, AccessMode.READ);
	}

	/** The bilan's interviews with their texts; each one is audited as read. */
	public List<Interview> read(CurrentUser user, BilanId bilan) {
		requireReadable(user, bilan);
		List<Interviews.Row> rows = interviews.ofBilan(bilan.value());
		if (rows.isEmpty()) {
			return List.of();
		}
		rows.forEach(row -> access.readContent(user, bilan, BilanPart.FOLLOW_UP, INTERVIEW_KIND, row.id(), "view follow-up"));
		return open(bilan.value(), rows);
	}

	/** The referrals made at follow-up, audited as read. */
	public List<Referral> referrals(CurrentUser user, BilanId bilan) {
		requireReadable(user, bilan);
		var stored = interviews.referrals(bilan.value());
		stored.forEach(referral -> access.readContent(user, bilan, BilanPart.FOLLOW_UP, REFERRAL_KIND, referral.id(), "view referral"));
		return openReferrals(bilan.value(), stored);
	}

	/** Plans interview {@code number} (or moves it, the worker then agrees again) at a date and around a moment. */
	@Transactional
	public UUID plan(CurrentUser counsellor, BilanId bilan, PlanForm form) {
		BilanSummary summary = writable(counsellor, bilan, Role.COUNSELLOR);
		if (!PLANNABLE.contains(summary.state())) {
			throw new TransitionRefused("followup.refused.notPlannable");
		}
		if (form.getNumber() < 1 || form.getNumber() > summary.followUpInterviews()) {
			throw new TransitionRefused("followup.refused.number");
		}
		Instant at = at(form.getDate(), form.getTime());
		if (!at.isAfter(clock.instant())) {
			throw new TransitionRefused("followup.refused.past");
		}
		Instant now = clock.instant();
		UUID id = interviews.byNumber(bilan.value(), form.getNumber()).map(existing -> {
			if (existing.held()) {
				throw new TransitionRefused("followup.refused.held");
			}
			interviews.replan(bilan.value(), existing.id(), at);
			return existing.id();
		}).orElseGet(() -> {
			UUID fresh = UUID.randomUUID();
			interviews.insert(fresh, bilan.value(), form.getNumber(), at, now);
			return fresh;
		});
		interviews.saveText(bilan.value(), id, Interviews.MOMENT, seal(bilan, Interviews.TEXTS + "." + Interviews.MOMENT, id,
				checked(form.getMoment(), 200)), now);
		return id;
	}

	/** The worker agrees to the planned date. Agreeing twice has one effect. */
	@Transactional
	public void agree(CurrentUser worker, BilanId bilan, UUID interview) {
		writable(worker, bilan, Role.WORKER);
		Interviews.Row row = interviews.find(bilan.value(), interview).orElseThrow(BilanNotFound::new);
		if (!row.held()) {
			interviews.agree(bilan.value(), interview, clock.instant());
		}
	}

	/** The worker's self-assessment for one interview, saved over any earlier one. */
	@Transactional
	public void selfAssess(CurrentUser worker, BilanId bilan, UUID interview, SelfAssessmentForm form) {
		writable(worker, bilan, Role.WORKER);
		interviews.find(bilan.value(), interview).orElseThrow(BilanNotFound::new);
		saveSelf(bilan, interview, form);
	}

	void saveSelf(BilanId bilan, UUID interview, SelfAssessmentForm form) {
		interviews.saveSelf(bilan.value(), new Interviews.StoredSelf(interview,
				seal(bilan, Interviews.SELF + ".progress", interview, checked(form.getProgress(), 8000)),
				seal(bilan, Interviews.SELF + ".learnt", interview, optional(form.getLearnt(), 8000)),
				seal(bilan, Interviews.SELF + ".obstacles", interview, optional(form.getObstacles(), 8000)),
				seal(bilan, Interviews.SELF + ".needs", interview, optional(form.getNeeds(), 8000)), clock.instant()));
	}

	/** The counsellor records the interview (it is then held) and, if the worker asked for help, a referral. */
	@Transactional
	public void record(CurrentUser counsellor, BilanId bilan, UUID interview, RecordForm form) {
		BilanSummary summary = writable(counsellor, bilan, Role.COUNSELLOR);
		if (summary.state() != BilanState.FOLLOW_UP) {
			throw new TransitionRefused("followup.refused.notInFollowUp");
		}
		interviews.find(bilan.value(), interview).orElseThrow(BilanNotFound::new);
		Instant now = clock.instant();
		interviews.saveText(bilan.value(), interview, Interviews.RECORD,
				seal(bilan, Interviews.TEXTS + "." + Interviews.RECORD, interview, checked(form.getRecord(), 20_000)), now);
		interviews.markHeld(bilan.value(), interview, now);
		alerts.clear(bilan, CaseloadAlert.FOLLOW_UP_DUE);
		if (!form.getReferralCode().isBlank()) {
			LexiconScheme scheme = lexicon.find(form.getReferralCode().strip())
					.orElseThrow(() -> new TransitionRefused("followup.refused.unknownScheme"));
			refer(bilan, interview, scheme.code(), scheme.name(counsellor.locale()), form.getReferralNote());
		} else if (!form.getReferralScheme().isBlank()) {
			refer(bilan, interview, null, form.getReferralScheme(), form.getReferralNote());
		}
	}

	/** Stores a referral; the scheme's name is administration (the observatory counts referrals), the note content. */
	void refer(BilanId bilan, UUID interview, String schemeCode, String schemeName, String note) {
		UUID id = UUID.randomUUID();
		String text = note == null ? "" : note.strip();
		interviews.insertReferral(bilan.value(), new Interviews.StoredReferral(id, interview, schemeCode, checked(schemeName, 200),
				text.isEmpty() ? null : seal(bilan, Interviews.REFERRALS, id, optional(text, 4000)), clock.instant()));
	}

	// --- content, for export, destruction and the planters ---

	List<Interview> open(UUID bilan, List<Interviews.Row> rows) {
		Map<UUID, Map<String, byte[]>> texts = interviews.texts(bilan);
		Map<UUID, Interviews.StoredSelf> selves = interviews.selves(bilan);
		return rows.stream().map(row -> {
			Map<String, byte[]> own = texts.getOrDefault(row.id(), Map.of());
			Interviews.StoredSelf self = selves.get(row.id());
			return new Interview(row.id(), bilan, row.number(), row.plannedAt(), row.agreedAt(), row.heldAt(),
					sealing.open(bilan, Interviews.TEXTS + "." + Interviews.MOMENT, row.id(), own.get(Interviews.MOMENT)),
					sealing.open(bilan, Interviews.TEXTS + "." + Interviews.RECORD, row.id(), own.get(Interviews.RECORD)),
					self == null ? null : new Interview.SelfAssessment(
							sealing.open(bilan, Interviews.SELF + ".progress", row.id(), self.progress()),
							sealing.open(bilan, Interviews.SELF + ".learnt", row.id(), self.learnt()),
							sealing.open(bilan, Interviews.SELF + ".obstacles", row.id(), self.obstacles()),
							sealing.open(bilan, Interviews.SELF + ".needs", row.id(), self.needs()), self.updatedAt()));
		}).toList();
	}

	List<Referral> openReferrals(UUID bilan, List<Interviews.StoredReferral> stored) {
		return stored.stream().map(referral -> new Referral(referral.id(), referral.interviewId(), referral.schemeCode(),
				referral.schemeName(), sealing.open(bilan, Interviews.REFERRALS, referral.id(), referral.note()), referral.referredAt()))
				.toList();
	}

	private BilanSummary writable(CurrentUser user, BilanId bilan, Role role) {
		access.requireRelation(user, bilan, role);
		BilanSummary summary = access.require(user, bilan, BilanPart.FOLLOW_UP, AccessMode.WRITE);
		if (summary.state().isFinal() || !summary.state().isConducted()) {
			throw new BilanNotFound();
		}
		return summary;
	}

	private byte[] seal(BilanId bilan, String place, UUID row, String text) {
		return sealing.seal(bilan.value(), place, row, text);
	}

	static Instant at(LocalDate date, LocalTime time) {
		return date.atTime(time).atZone(PageContext.BRUSSELS).toInstant();
	}

	private static String checked(String text, int max) {
		String stripped = text == null ? "" : text.strip();
		if (stripped.isEmpty() || stripped.length() > max) {
			throw new IllegalArgumentException("A text is 1 to " + max + " characters");
		}
		return stripped;
	}

	private static String optional(String text, int max) {
		String stripped = text == null ? "" : text.strip();
		if (stripped.length() > max) {
			throw new IllegalArgumentException("A text is at most " + max + " characters");
		}
		return stripped;
	}
}
