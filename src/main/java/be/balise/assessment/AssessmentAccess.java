package be.balise.assessment;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import be.balise.audit.AuditLog;
import be.balise.audit.ContentRead;
import be.balise.identity.CurrentUser;
import be.balise.identity.Role;
import be.balise.scheme.SchemeId;
import be.balise.scheme.Schemes;
import org.springframework.stereotype.Service;

/**
 * The one place that answers "may this person read or write this part of this bilan?" (PRODUCT.md §3).
 * Every page and query that returns a bilan or its content goes through here; a refusal is a 404. Reading
 * content also writes the audit row, before the caller gets anything.
 */
@Service
public class AssessmentAccess {

	private final Bilans bilans;
	private final Schemes schemes;
	private final Memberships memberships;
	private final AuditLog audit;

	AssessmentAccess(Bilans bilans, Schemes schemes, Memberships memberships, AuditLog audit) {
		this.bilans = bilans;
		this.schemes = schemes;
		this.memberships = memberships;
		this.audit = audit;
	}

	/** The bilan's administration, when the person may use {@code part} in {@code mode}; otherwise 404. */
	public BilanSummary require(CurrentUser user, BilanId id, BilanPart part, AccessMode mode) {
		return find(user, id, part, mode).orElseThrow(BilanNotFound::new);
	}

	public Optional<BilanSummary> find(CurrentUser user, BilanId id, BilanPart part, AccessMode mode) {
		return bilans.summary(id).filter(bilan -> allows(user, bilan, part, mode));
	}

	/**
	 * Opens a piece of content for reading: checks access, then writes the audit row. If the row cannot be
	 * written, this throws and the caller returns nothing.
	 */
	public BilanSummary readContent(CurrentUser user, BilanId id, BilanPart part, String objectKind, UUID objectId,
			String purpose) {
		BilanSummary bilan = require(user, id, part, AccessMode.READ);
		Role role = actingRole(user, bilan).orElseThrow(BilanNotFound::new);
		audit.recordRead(new ContentRead(user.id().value(), role.name(), id.value(), objectKind, objectId, purpose));
		return bilan;
	}

	/** The bilan, when the person stands to it in {@code role} (the worker, its counsellor, ...); otherwise 404. */
	public BilanSummary requireRelation(CurrentUser user, BilanId id, Role role) {
		return bilans.summary(id).filter(bilan -> relations(user, bilan).contains(relationOf(role)))
				.orElseThrow(BilanNotFound::new);
	}

	/** The funds a fund officer serves: the scope of their queues and lists. */
	public Set<UUID> fundsOf(CurrentUser user) {
		return user.has(Role.FUND_OFFICER) ? memberships.fundsServedBy(user.id().value()) : Set.of();
	}

	/** The operators an operator admin runs: the scope of their lists. */
	public Set<UUID> operatorsOf(CurrentUser user) {
		return user.has(Role.OPERATOR_ADMIN) ? memberships.operatorsAdministeredBy(user.id().value()) : Set.of();
	}

	/** Whether the person may use this part of this bilan in this mode. */
	public boolean allows(CurrentUser user, BilanSummary bilan, BilanPart part, AccessMode mode) {
		if (part == BilanPart.ELIGIBILITY && mode == AccessMode.WRITE && !bilan.state().isUndecided()) {
			return false;
		}
		return relations(user, bilan).stream().anyMatch(relation -> AccessMatrix.allows(relation, part, mode));
	}

	/** The role in which a person acts on this bilan (the first relation they hold), if any. */
	public Optional<Role> actingRole(CurrentUser user, BilanSummary bilan) {
		return relations(user, bilan).stream().findFirst().map(AssessmentAccess::roleOf);
	}

	private Set<Relation> relations(CurrentUser user, BilanSummary bilan) {
		UUID me = user.id().value();
		Set<Relation> relations = EnumSet.noneOf(Relation.class);
		if (user.has(Role.WORKER) && me.equals(bilan.workerId())) {
			relations.add(Relation.WORKER);
		}
		if (user.has(Role.COUNSELLOR) && me.equals(bilan.counsellorId())) {
			relations.add(Relation.COUNSELLOR);
		}
		if (user.has(Role.OPERATOR_ADMIN) && bilan.operatorId() != null
				&& memberships.operatorsAdministeredBy(me).contains(bilan.operatorId())) {
			relations.add(Relation.OPERATOR_ADMIN);
		}
		if (user.has(Role.FUND_OFFICER) && fundOf(bilan).map(memberships.fundsServedBy(me)::contains).orElse(false)) {
			relations.add(Relation.FUND_OFFICER);
		}
		return relations;
	}

	private Optional<UUID> fundOf(BilanSummary bilan) {
		return schemes.find(new SchemeId(bilan.schemeId())).map(scheme -> scheme.fundId());
	}

	private static Relation relationOf(Role role) {
		return switch (role) {
			case WORKER -> Relation.WORKER;
			case COUNSELLOR -> Relation.COUNSELLOR;
			case OPERATOR_ADMIN -> Relation.OPERATOR_ADMIN;
			case FUND_OFFICER -> Relation.FUND_OFFICER;
			case PLATFORM_ADMIN -> throw new BilanNotFound();
		};
	}

	private static Role roleOf(Relation relation) {
		return switch (relation) {
			case WORKER -> Role.WORKER;
			case COUNSELLOR -> Role.COUNSELLOR;
			case OPERATOR_ADMIN -> Role.OPERATOR_ADMIN;
			case FUND_OFFICER -> Role.FUND_OFFICER;
		};
	}
}
