package be.balise.audit;

import java.util.List;
import java.util.Optional;

import be.balise.audit.AuditChainReport.Break;
import be.balise.audit.AuditChainReport.Problem;
import be.balise.audit.AuditEvents.ChainHead;
import org.springframework.stereotype.Component;

/**
 * Walks the audit chain from its first row and reports the first altered, deleted or reordered row
 * (SECURITY.md D4). Rows appended while it runs are left for the next run.
 */
@Component
public class AuditChainVerifier {

	private static final int BATCH = 1_000;

	private final AuditEvents events;

	AuditChainVerifier(AuditEvents events) {
		this.events = events;
	}

	public AuditChainReport verify() {
		// The head first: every row up to it was committed with it, so later appends cannot look like gaps.
		ChainHead head = events.head();
		long expectedSeq = 1;
		String previousHash = ChainLink.GENESIS;
		List<ChainLink> batch;
		do {
			batch = events.chainAfter(expectedSeq - 1, head.seq(), BATCH);
			for (ChainLink link : batch) {
				Optional<Problem> problem = check(link, expectedSeq, previousHash);
				if (problem.isPresent()) {
					long position = problem.get() == Problem.MISSING ? expectedSeq : link.seq();
					return broken(expectedSeq, new Break(position, link.id(), problem.get()));
				}
				previousHash = link.hash();
				expectedSeq++;
			}
		} while (batch.size() == BATCH);
		if (expectedSeq <= head.seq()) {
			return broken(expectedSeq, new Break(expectedSeq, null, Problem.MISSING));
		}
		return new AuditChainReport(expectedSeq - 1, Optional.empty());
	}

	private static Optional<Problem> check(ChainLink link, long expectedSeq, String previousHash) {
		if (link.seq() != expectedSeq) {
			return Optional.of(Problem.MISSING);
		}
		if (!link.previousHash().equals(previousHash)) {
			return Optional.of(Problem.OUT_OF_ORDER);
		}
		if (!link.computeHash().equals(link.hash())) {
			return Optional.of(Problem.ALTERED);
		}
		return Optional.empty();
	}

	private static AuditChainReport broken(long expectedSeq, Break found) {
		return new AuditChainReport(expectedSeq - 1, Optional.of(found));
	}
}
