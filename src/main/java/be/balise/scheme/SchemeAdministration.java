package be.balise.scheme;

import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import be.balise.identity.CurrentUser;
import be.balise.identity.Role;
import be.balise.organisation.Fund;
import be.balise.organisation.Organisations;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A fund officer's management of their fund's schemes: every change is a new version, and only the officers of
 * the fund that owns a scheme may see or change it (anyone else gets a 404).
 */
@Service
@Transactional
class SchemeAdministration {

	static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

	/** The officer tried to save a version that is no longer the current one. */
	static final class StaleVersion extends RuntimeException {
		StaleVersion() {
			super("stale scheme version");
		}
	}

	private final Schemes schemes;
	private final SchemeRules rules;
	private final SchemeVersions versions;
	private final OperatorSelections selections;
	private final Organisations organisations;
	private final Clock clock;

	SchemeAdministration(Schemes schemes, SchemeRules rules, SchemeVersions versions, OperatorSelections selections,
			Organisations organisations, Clock clock) {
		this.schemes = schemes;
		this.rules = rules;
		this.versions = versions;
		this.selections = selections;
		this.organisations = organisations;
		this.clock = clock;
	}

	List<Fund> fundsOf(CurrentUser officer) {
		return officer.has(Role.FUND_OFFICER) ? organisations.fundsOfOfficer(officer.id()) : List.of();
	}

	/** The current version of each scheme of the officer's funds. */
	@Transactional(readOnly = true)
	List<Scheme> current(CurrentUser officer) {
		return fundsOf(officer).stream().flatMap(fund -> versions.currentIdsOfFund(fund.id().value()).stream())
				.map(id -> schemes.find(new SchemeId(id)).orElseThrow()).toList();
	}

	/** Any version of a scheme of the officer's funds; otherwise 404. */
	@Transactional(readOnly = true)
	Scheme find(CurrentUser officer, SchemeId id) {
		Set<UUID> funds = fundsOf(officer).stream().map(f -> f.id().value()).collect(Collectors.toSet());
		return schemes.find(id).filter(s -> s.fundId() != null && funds.contains(s.fundId()))
				.orElseThrow(SchemeNotFound::new);
	}

	@Transactional(readOnly = true)
	List<SchemeRule> rulesOf(CurrentUser officer, SchemeId id) {
		find(officer, id);
		return rules.of(id);
	}

	@Transactional(readOnly = true)
	List<SchemeVersionRow> versionsOf(CurrentUser officer, SchemeId id) {
		return versions.versions(find(officer, id).code());
	}

	/** A new scheme of one of the officer's funds, as its version 1. */
	SchemeId create(CurrentUser officer, UUID fundId, SchemeForm form) {
		if (fundsOf(officer).stream().noneMatch(f -> f.id().value().equals(fundId))) {
			throw new SchemeNotFound();
		}
		var draft = form.toDraft();
		String code = codeFor(draft.nameEn());
		return versions.insert(code, 1, fundId, draft, officer.id().value(), clock.instant());
	}

	/** The next version of the scheme, made from the current one; an older version cannot be edited. */
	SchemeId newVersion(CurrentUser officer, SchemeId from, SchemeForm form) {
		Scheme current = find(officer, from);
		if (!versions.isCurrent(from)) {
			throw new StaleVersion();
		}
		try {
			return versions.insert(current.code(), current.version() + 1, current.fundId(), form.toDraft(),
					officer.id().value(), clock.instant());
		} catch (DuplicateKeyException concurrent) {
			throw new StaleVersion();
		}
	}

	boolean isCurrent(SchemeId id) {
		return versions.isCurrent(id);
	}

	// --- operators offered -----------------------------------------------------------------------------

	@Transactional(readOnly = true)
	List<OperatorSelections.Selection> selections(CurrentUser officer, SchemeId id) {
		return selections.of(find(officer, id).code());
	}

	void select(CurrentUser officer, SchemeId id, UUID operator, LocalDate from, LocalDate to) {
		Scheme scheme = find(officer, id);
		if (organisations.findOperator(new be.balise.organisation.OperatorId(operator)).isEmpty()) {
			throw new SchemeNotFound();
		}
		selections.add(scheme.code(), operator, from, to, officer.id().value(), clock.instant());
	}

	/** Stops offering the operator from today on. */
	boolean endSelection(CurrentUser officer, SchemeId id, UUID selection) {
		return selections.end(find(officer, id).code(), selection, today().minusDays(1));
	}

	LocalDate today() {
		return LocalDate.now(clock.withZone(BRUSSELS));
	}

	/** A code from the English name, made unique: codes name a scheme across its versions (and in the ledger). */
	private String codeFor(String name) {
		String base = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
				.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
		base = base.isEmpty() ? "scheme" : base.substring(0, Math.min(base.length(), 40)).replaceAll("-+$", "");
		String code = base;
		while (versions.codeTaken(code)) {
			code = base + "-" + UUID.randomUUID().toString().substring(0, 6);
		}
		return code;
	}
}
