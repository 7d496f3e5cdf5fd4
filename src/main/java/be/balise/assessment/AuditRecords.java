package be.balise.assessment;

import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * The audit log names bilans and people by id only and is append-only: it outlives content, so retention
 * never touches it.
 */
@Component
class AuditRecords implements AdministrativeRecords {

	@Override
	public Set<String> tables() {
		return Set.of("audit_event");
	}
}
