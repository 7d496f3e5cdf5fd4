package be.balise.privacy;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import be.balise.assessment.AssessmentAccess;
import be.balise.assessment.BilanId;
import be.balise.audit.AuditEntry;
import be.balise.audit.AuditLog;
import be.balise.identity.AccountId;
import be.balise.identity.AccountService;
import be.balise.identity.AccountSummary;
import be.balise.identity.CurrentUser;
import be.balise.identity.Role;
import org.springframework.stereotype.Service;

/**
 * The worker's view of the audit log of their bilan (SECURITY.md D5): only the worker of the bilan may see it
 * (404 for anyone else). The log names people by internal id; names are looked up here, page by page.
 */
@Service
class AccessLogService {

	static final int PAGE_SIZE = 20;
	/** Modules whose object kinds have a plain description; any other kind reads as "a part of your file". */
	private static final Set<String> DESCRIBED = Set.of("assessment", "request", "contract", "planning", "privacy", "followup");

	private final AssessmentAccess access;
	private final AuditLog audit;
	private final AccountService accounts;

	AccessLogService(AssessmentAccess access, AuditLog audit, AccountService accounts) {
		this.access = access;
		this.audit = audit;
		this.accounts = accounts;
	}

	AccessLogPage page(CurrentUser worker, BilanId bilan, int requested) {
		access.requireRelation(worker, bilan, Role.WORKER);
		long total = audit.countReadsOfBilan(bilan.value());
		int last = (int) Math.max(0, (total - 1) / PAGE_SIZE);
		int number = Math.min(Math.max(requested, 0), last);
		List<AuditEntry> entries = audit.readsOfBilan(bilan.value(), number, PAGE_SIZE);
		Map<UUID, String> names = names(entries);
		UUID me = worker.id().value();
		var lines = entries.stream().map(entry -> new AccessLogPage.Line(entry.occurredAt(),
				names.getOrDefault(entry.actorId(), ""), roleKey(entry.role()), whatKey(entry.objectKind()),
				me.equals(entry.actorId()))).toList();
		return new AccessLogPage(lines, total, number, PAGE_SIZE);
	}

	private Map<UUID, String> names(List<AuditEntry> entries) {
		var ids = entries.stream().map(entry -> new AccountId(entry.actorId())).collect(Collectors.toSet());
		return accounts.summaries(ids).stream()
				.collect(Collectors.toMap(summary -> summary.id().value(), AccountSummary::displayName, (a, b) -> a));
	}

	static String roleKey(String role) {
		return "identity.role." + role.toLowerCase(Locale.ROOT) + ".name";
	}

	static String whatKey(String objectKind) {
		String module = objectKind == null ? "" : objectKind.split("\\.", 2)[0];
		return "privacy.log.what." + (DESCRIBED.contains(module) ? module : "other");
	}
}
