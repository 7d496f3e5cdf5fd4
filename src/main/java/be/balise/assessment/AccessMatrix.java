package be.balise.assessment;

import static be.balise.assessment.AccessMode.READ;
import static be.balise.assessment.AccessMode.WRITE;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * PRODUCT.md §3 as data: for each part of a bilan, what each relation may do. Anything absent is refused.
 * The platform admin has no relation to any bilan, hence no line.
 */
final class AccessMatrix {

	private static final Map<BilanPart, Map<Relation, Set<AccessMode>>> MATRIX = new EnumMap<>(BilanPart.class);

	static {
		line(BilanPart.IDENTITY, rw(), r(), r(), r());
		line(BilanPart.ELIGIBILITY, rw(), r(), r(), rw());
		line(BilanPart.REQUEST_REASONS, rw(), r(), none(), none());
		line(BilanPart.FIRST_MEETING, r(), rw(), none(), none());
		line(BilanPart.ADMINISTRATION, r(), rw(), r(), r());
		line(BilanPart.CONVENTION, r(), r(), r(), r());
		line(BilanPart.SESSION_NOTES, none(), rw(), none(), none());
		line(BilanPart.CASEWORK, rw(), rw(), none(), none());
		line(BilanPart.INSTRUMENTS, rw(), r(), none(), none());
		line(BilanPart.SYNTHESIS, rw(), rw(), none(), none());
		line(BilanPart.APPRAISAL, EnumSet.of(WRITE), none(), none(), none());
		line(BilanPart.FOLLOW_UP, rw(), rw(), none(), none());
		line(BilanPart.HISTORY_REASONS, r(), r(), none(), none());
	}

	private AccessMatrix() {
	}

	static boolean allows(Relation relation, BilanPart part, AccessMode mode) {
		return MATRIX.get(part).get(relation).contains(mode);
	}

	private static void line(BilanPart part, Set<AccessMode> worker, Set<AccessMode> counsellor, Set<AccessMode> operator,
			Set<AccessMode> fund) {
		var row = new EnumMap<Relation, Set<AccessMode>>(Relation.class);
		row.put(Relation.WORKER, worker);
		row.put(Relation.COUNSELLOR, counsellor);
		row.put(Relation.OPERATOR_ADMIN, operator);
		row.put(Relation.FUND_OFFICER, fund);
		MATRIX.put(part, row);
	}

	private static Set<AccessMode> rw() {
		return EnumSet.of(READ, WRITE);
	}

	private static Set<AccessMode> r() {
		return EnumSet.of(READ);
	}

	private static Set<AccessMode> none() {
		return EnumSet.noneOf(AccessMode.class);
	}
}
