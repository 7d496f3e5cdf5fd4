package be.balise.organisation;

import java.util.List;
import java.util.UUID;

/** A counsellor's membership of an operator: capacity in open bilans and languages. */
public record Counsellor(UUID accountId, OperatorId operator, String displayName, int capacity, List<String> languages,
		boolean active) {
}
