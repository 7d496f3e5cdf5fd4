package be.balise.contract;

import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import be.balise.assessment.AccessMode;
import be.balise.assessment.AssessmentAccess;
import be.balise.assessment.BilanId;
import be.balise.assessment.BilanNotFound;
import be.balise.assessment.BilanPart;
import be.balise.assessment.BilanState;
import be.balise.assessment.BilanSummary;
import be.balise.assessment.Journey;
import be.balise.caseload.CaseloadAlert;
import be.balise.caseload.CaseloadAlerts;
import be.balise.assessment.TransitionRefused;
import be.balise.crypto.KeyScope;
import be.balise.files.FileContent;
import be.balise.files.FileStore;
import be.balise.files.FileType;
import be.balise.files.StoredFile;
import be.balise.identity.AccountId;
import be.balise.identity.AccountService;
import be.balise.identity.CurrentUser;
import be.balise.identity.Role;
import be.balise.organisation.FundId;
import be.balise.organisation.OperatorId;
import be.balise.organisation.Organisations;
import be.balise.scheme.ConventionParty;
import be.balise.scheme.Scheme;
import be.balise.scheme.SchemeId;
import be.balise.scheme.SchemeRules;
import be.balise.scheme.Schemes;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The convention of a bilan: generated once when the first meeting decides to continue, signed by each party
 * (online with the password entered again, or on paper for a party without an account), and the bilan made
 * {@code contracted} when every party has signed and the worker has consented.
 */
@Service
@Transactional
public class ConventionService {

	static final String PURPOSE = "contract.convention";
	static final String SCAN_PURPOSE = "contract.signed-copy";
	/** How many conventions a fund officer sees (and may sign) at once. */
	static final int FUND_PAGE = 100;

	private final Conventions conventions;
	private final Consents consents;
	private final FirstMeetings meetings;
	private final ConventionDocument document;
	private final AssessmentAccess access;
	private final Journey journey;
	private final Schemes schemes;
	private final SchemeRules rules;
	private final Organisations organisations;
	private final AccountService accounts;
	private final FileStore files;
	private final CaseloadAlerts alerts;
	private final ConventionMails mails;
	private final Clock clock;

	ConventionService(Conventions conventions, Consents consents, FirstMeetings meetings, ConventionDocument document,
			AssessmentAccess access, Journey journey, Schemes schemes, SchemeRules rules, Organisations organisations,
			AccountService accounts, FileStore files, CaseloadAlerts alerts, ConventionMails mails, Clock clock) {
		this.alerts = alerts;
		this.mails = mails;
		this.conventions = conventions;
		this.consents = consents;
		this.meetings = meetings;
		this.document = document;
		this.access = access;
		this.journey = journey;
		this.schemes = schemes;
		this.rules = rules;
		this.organisations = organisations;
		this.accounts = accounts;
		this.files = files;
		this.clock = clock;
	}

	// --- generation ----------------------------------------------------------------------------------

	/** Generates the convention once, from the first meeting's frame; a second call changes nothing. */
	void generate(BilanSummary bilan) {
		if (conventions.find(bilan.id().value()).isPresent()) {
			return;
		}
		Scheme scheme = schemes.find(new SchemeId(bilan.schemeId())).orElseThrow(BilanNotFound::new);
		FirstMeetings.Frame frame = meetings.frame(bilan.id().value())
				.orElseThrow(() -> new TransitionRefused("contract.refused.firstMeetingFirst"));
		CurrentUser worker = accounts.findById(new AccountId(bilan.workerId())).orElseThrow(BilanNotFound::new);
		Locale locale = worker.locale();
		Set<ConventionParty> parties = scheme.conventionParties().isEmpty()
				? EnumSet.of(ConventionParty.WORKER, ConventionParty.OPERATOR, ConventionParty.FUND)
				: EnumSet.copyOf(scheme.conventionParties());
		Map<ConventionParty, String> names = new LinkedHashMap<>();
		for (ConventionParty party : parties) {
			names.put(party, switch (party) {
				case WORKER -> worker.displayName();
				case OPERATOR -> organisations.findOperator(new OperatorId(bilan.operatorId())).map(o -> o.name()).orElse("");
				case FUND -> organisations.findFund(new FundId(scheme.fundId())).map(f -> f.name()).orElse("");
				case EMPLOYER -> document.employerLabel(locale);
			});
		}
		Instant now = clock.instant();
		byte[] pdf = document.render(new ConventionDocument.Frame(scheme, names, frame.plannedHours(), frame.rhythmWeeks(),
				frame.modality(), rules.of(scheme.id()), now), locale);
		StoredFile stored = files.store(KeyScope.bilan(bilan.id().value()), PURPOSE, "convention.pdf", pdf);
		Instant deadline = scheme.signingDeadlineDays() == null ? null
				: now.plus(Duration.ofDays(scheme.signingDeadlineDays()));
		if (!conventions.insert(new Conventions.Row(bilan.id().value(), stored.id(), stored.sha256(), locale.getLanguage(),
				ConventionDocument.TEMPLATE, parties, now, deadline, null, null))) {
			files.delete(KeyScope.bilan(bilan.id().value()), stored.id());
			return;
		}
		alerts.raise(bilan.id(), CaseloadAlert.CONVENTION_UNSIGNED);
		mails.readyToSign(worker, bilan.id());
	}

	// --- reading -------------------------------------------------------------------------------------

	/** The convention as this person sees it, if there is one and they may see it (otherwise 404 or empty). */
	@Transactional(readOnly = true)
	public Optional<ConventionView> view(CurrentUser user, BilanId id, Role as) {
		BilanSummary bilan = requireAs(user, id, as);
		return conventions.find(id.value()).map(row -> view(user, bilan, row, as));
	}

	private ConventionView view(CurrentUser user, BilanSummary bilan, Conventions.Row row, Role as) {
		Map<ConventionParty, Conventions.Signature> signed = conventions.signatures(bilan.id().value()).stream()
				.collect(Collectors.toMap(Conventions.Signature::party, s -> s));
		List<ConventionView.PartyStatus> parties = row.parties().stream().map(party -> {
			var signature = signed.get(party);
			return signature == null ? new ConventionView.PartyStatus(party, false, null, null, false)
					: new ConventionView.PartyStatus(party, true, signature.signerName(), signature.signedAt(),
							signature.signedOn() != null);
		}).toList();
		var consent = consents.find(bilan.id().value());
		boolean open = row.settledAt() == null && bilan.state() == BilanState.FIRST_MEETING;
		Optional<ConventionParty> signable = Optional.of(partyOf(as)).filter(party -> open && row.parties().contains(party)
				&& !signed.containsKey(party) && maySignFor(user, bilan, as));
		boolean paper = open && as == Role.OPERATOR_ADMIN && row.parties().contains(ConventionParty.EMPLOYER)
				&& !signed.containsKey(ConventionParty.EMPLOYER);
		return new ConventionView(bilan.id(), row.sha256(), row.generatedAt(), row.deadlineAt(), parties,
				consent.isPresent(), consent.map(c -> !c.active()).orElse(false), open, signable, paper);
	}

	/** The convention as generated (every party may download it). */
	@Transactional(readOnly = true)
	public FileContent document(CurrentUser user, BilanId id, Role as) {
		requireAs(user, id, as);
		Conventions.Row row = conventions.find(id.value()).orElseThrow(BilanNotFound::new);
		return files.read(KeyScope.bilan(id.value()), row.fileId()).orElseThrow(BilanNotFound::new);
	}

	/** The convention with its signature page appended, in the reader's language. */
	@Transactional(readOnly = true)
	public byte[] signedCopy(CurrentUser user, BilanId id, Role as) {
		FileContent original = document(user, id, as);
		Conventions.Row row = conventions.find(id.value()).orElseThrow(BilanNotFound::new);
		return document.signedCopy(original.bytes(), row.sha256(), conventions.signatures(id.value()), user.locale());
	}

	/** The scan of the paper copy signed by a party without an account, if the operator admin uploaded one. */
	@Transactional(readOnly = true)
	public Optional<FileContent> paperCopy(CurrentUser user, BilanId id, Role as) {
		requireAs(user, id, as);
		return conventions.signatures(id.value()).stream().filter(s -> s.scanFileId() != null).findFirst()
				.flatMap(s -> files.read(KeyScope.bilan(id.value()), s.scanFileId()));
	}

	// --- signing -------------------------------------------------------------------------------------

	/**
	 * Signs the convention for the party this person stands for ({@code as}: WORKER, OPERATOR_ADMIN, COUNSELLOR
	 * allowed by the admin, FUND_OFFICER), after checking their password and that {@code sha256} is the hash of the
	 * stored document. Signing twice has one effect. Returns whether the bilan is now contracted.
	 */
	public boolean sign(CurrentUser user, BilanId id, Role as, String sha256, String password) {
		BilanSummary bilan = requireAs(user, id, as);
		if (!accounts.passwordMatches(user.id(), password)) {
			throw new TransitionRefused("contract.refused.password");
		}
		return signConfirmed(user, bilan, as, sha256);
	}

	/** The fund officer signs several conventions at once with one password; returns how many were signed. */
	public int signMany(CurrentUser officer, List<BilanId> ids, String password) {
		if (ids.isEmpty()) {
			throw new TransitionRefused("contract.refused.noneChosen");
		}
		List<BilanSummary> bilans = ids.stream().distinct().map(id -> requireAs(officer, id, Role.FUND_OFFICER)).toList();
		if (!accounts.passwordMatches(officer.id(), password)) {
			throw new TransitionRefused("contract.refused.password");
		}
		int signed = 0;
		for (BilanSummary bilan : bilans) {
			var row = conventions.find(bilan.id().value());
			if (row.isPresent() && bilan.state() == BilanState.FIRST_MEETING && row.get().settledAt() == null) {
				boolean before = alreadySigned(bilan, ConventionParty.FUND);
				signConfirmed(officer, bilan, Role.FUND_OFFICER, row.get().sha256());
				signed += before ? 0 : 1;
			}
		}
		return signed;
	}

	/** Conventions of the officer's schemes that wait for the fund's signature (administration only). */
	@Transactional(readOnly = true)
	public List<FundItem> waitingForFund(CurrentUser officer) {
		Set<UUID> schemeIds = access.fundsOf(officer).stream().flatMap(fund -> schemes.versionIdsOfFund(fund).stream())
				.collect(Collectors.toSet());
		List<FundItem> items = new ArrayList<>();
		for (UUID bilan : conventions.waitingForFund(schemeIds, FUND_PAGE)) {
			access.find(officer, new BilanId(bilan), BilanPart.CONVENTION, AccessMode.READ).ifPresent(summary -> {
				var row = conventions.find(bilan).orElseThrow();
				items.add(new FundItem(summary.id(), summary.workerId(), summary.schemeId(), row.generatedAt(), row.deadlineAt()));
			});
		}
		return items;
	}

	/** One convention in the fund officer's list. */
	public record FundItem(BilanId bilan, UUID workerId, UUID schemeId, Instant generatedAt, Instant deadlineAt) {
	}

	/**
	 * The operator admin records the signature of a party without an account (the employer) on the printed copy:
	 * the signer's name, the date written on it, and the scan of the signed copy.
	 */
	public boolean recordPaperSignature(CurrentUser admin, BilanId id, String signerName, LocalDate signedOn,
			String fileName, InputStream scan) {
		BilanSummary bilan = requireAs(admin, id, Role.OPERATOR_ADMIN);
		Conventions.Row row = openConvention(bilan);
		if (!row.parties().contains(ConventionParty.EMPLOYER)) {
			throw new TransitionRefused("contract.refused.noPaperParty");
		}
		if (alreadySigned(bilan, ConventionParty.EMPLOYER)) {
			return false;
		}
		StoredFile stored = files.store(KeyScope.bilan(id.value()), SCAN_PURPOSE, fileName, scan,
				EnumSet.of(FileType.PDF, FileType.JPEG, FileType.PNG));
		boolean recorded = conventions.sign(id.value(), new Conventions.Signature(ConventionParty.EMPLOYER, null,
				signerName.strip(), "EMPLOYER", row.sha256(), clock.instant(), signedOn, admin.id().value(), stored.id()));
		if (!recorded) {
			files.delete(KeyScope.bilan(id.value()), stored.id());
			return false;
		}
		contractIfComplete(admin, bilan, Role.OPERATOR_ADMIN);
		return true;
	}

	/** The operator admin allows (or no longer allows) the bilan's counsellor to sign conventions for the operator. */
	public void allowCounsellorToSign(CurrentUser admin, BilanId id, boolean allowed) {
		BilanSummary bilan = requireAs(admin, id, Role.OPERATOR_ADMIN);
		if (bilan.counsellorId() == null) {
			throw new TransitionRefused("contract.refused.noCounsellor");
		}
		if (allowed) {
			conventions.allow(bilan.operatorId(), bilan.counsellorId(), admin.id().value(), clock.instant());
		} else {
			conventions.disallow(bilan.operatorId(), bilan.counsellorId());
		}
	}

	/** Whether the bilan's counsellor may sign for the operator (shown to the operator admin). */
	@Transactional(readOnly = true)
	public boolean counsellorMaySign(CurrentUser admin, BilanId id) {
		BilanSummary bilan = requireAs(admin, id, Role.OPERATOR_ADMIN);
		return bilan.counsellorId() != null && conventions.mayCounsellorSign(bilan.operatorId(), bilan.counsellorId());
	}

	boolean signConfirmed(CurrentUser user, BilanSummary bilan, Role as, String sha256) {
		Conventions.Row row = openConvention(bilan);
		ConventionParty party = partyOf(as);
		if (!row.parties().contains(party)) {
			throw new TransitionRefused("contract.refused.notAParty");
		}
		if (!maySignFor(user, bilan, as)) {
			throw new TransitionRefused("contract.refused.notAllowedToSign");
		}
		if (sha256 == null || !row.sha256().equals(sha256.strip().toLowerCase(Locale.ROOT))) {
			throw new TransitionRefused("contract.refused.documentChanged");
		}
		boolean recorded = conventions.sign(bilan.id().value(), new Conventions.Signature(party, user.id().value(),
				user.displayName(), as.name(), row.sha256(), clock.instant(), null, null, null));
		if (recorded) {
			contractIfComplete(user, bilan, as);
		}
		return recorded;
	}

	// --- completion ----------------------------------------------------------------------------------

	/** Makes the bilan contracted when every party has signed and consent is given and not withdrawn. */
	void contractIfComplete(CurrentUser user, BilanSummary bilan, Role as) {
		var row = conventions.find(bilan.id().value());
		if (row.isEmpty() || row.get().settledAt() != null || bilan.state() != BilanState.FIRST_MEETING) {
			return;
		}
		Set<ConventionParty> signed = conventions.signatures(bilan.id().value()).stream()
				.map(Conventions.Signature::party).collect(Collectors.toSet());
		boolean consented = consents.find(bilan.id().value()).map(Consents.Row::active).orElse(false);
		if (signed.containsAll(row.get().parties()) && consented) {
			journey.contract(user, as, bilan.id());
			settle(bilan.id(), BilanState.CONTRACTED.name());
		}
	}

	/** The convention is no longer waiting: contracted, lapsed, or the bilan left the first meeting another way. */
	void settle(BilanId id, String as) {
		conventions.settle(id.value(), as, clock.instant());
		alerts.clear(id, CaseloadAlert.CONVENTION_UNSIGNED);
	}

	// --- rules ---------------------------------------------------------------------------------------

	private Conventions.Row openConvention(BilanSummary bilan) {
		Conventions.Row row = conventions.find(bilan.id().value())
				.orElseThrow(() -> new TransitionRefused("contract.refused.noConvention"));
		if (row.settledAt() != null || bilan.state() != BilanState.FIRST_MEETING) {
			throw new TransitionRefused("contract.refused.closed");
		}
		return row;
	}

	private boolean alreadySigned(BilanSummary bilan, ConventionParty party) {
		return conventions.signatures(bilan.id().value()).stream().anyMatch(s -> s.party() == party);
	}

	private boolean maySignFor(CurrentUser user, BilanSummary bilan, Role as) {
		return as != Role.COUNSELLOR || conventions.mayCounsellorSign(bilan.operatorId(), user.id().value());
	}

	/** The bilan, when the person stands to it in the role of the page they use; otherwise 404. */
	private BilanSummary requireAs(CurrentUser user, BilanId id, Role as) {
		BilanSummary bilan = access.requireRelation(user, id, as);
		access.require(user, id, BilanPart.CONVENTION, AccessMode.READ);
		return bilan;
	}

	private static ConventionParty partyOf(Role role) {
		return switch (role) {
			case WORKER -> ConventionParty.WORKER;
			case OPERATOR_ADMIN, COUNSELLOR -> ConventionParty.OPERATOR;
			case FUND_OFFICER -> ConventionParty.FUND;
			case PLATFORM_ADMIN -> throw new BilanNotFound();
		};
	}
}
