package be.balise.privacy;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import be.balise.assessment.AccessMode;
import be.balise.assessment.AssessmentAccess;
import be.balise.assessment.BilanId;
import be.balise.assessment.BilanPart;
import be.balise.assessment.BilanSummary;
import be.balise.identity.AccountService;
import be.balise.identity.CurrentUser;
import be.balise.identity.Role;
import org.springframework.stereotype.Service;

/**
 * The worker asks for the erasure of a bilan's content; the fund officer and the operator admin of that bilan see
 * the request beside what must be kept for legal reasons. The request itself erases nothing: the retention job
 * and the people in charge act on it.
 */
@Service
class ErasureService {

	static final int LIST_LIMIT = 200;

	private final ErasureRequests requests;
	private final AssessmentAccess access;
	private final AccountService accounts;
	private final Clock clock;

	ErasureService(ErasureRequests requests, AssessmentAccess access, AccountService accounts, Clock clock) {
		this.requests = requests;
		this.access = access;
		this.accounts = accounts;
		this.clock = clock;
	}

	/** Records the worker's request (404 for anyone but the bilan's worker); asking twice has one effect. */
	void request(CurrentUser worker, BilanId bilan) {
		access.requireRelation(worker, bilan, Role.WORKER);
		requests.insert(bilan.value(), worker.id().value(), clock.instant());
	}

	boolean requested(CurrentUser worker, BilanId bilan) {
		access.requireRelation(worker, bilan, Role.WORKER);
		return requests.exists(bilan.value());
	}

	/** The recent requests about bilans this fund officer or operator admin may see, newest first. */
	List<ErasureView> visibleTo(CurrentUser staff) {
		List<Visible> visible = requests.recent(LIST_LIMIT).stream()
				.flatMap(request -> summary(staff, request.bilanId()).map(bilan -> new Visible(request, bilan)).stream())
				.toList();
		var names = accounts.displayNames(visible.stream().map(item -> item.bilan().workerId()).toList());
		return visible.stream().map(item -> new ErasureView(names.getOrDefault(item.bilan().workerId(), ""),
				item.bilan().state(), item.request().requestedAt())).toList();
	}

	private record Visible(ErasureRequests.ErasureRequest request, BilanSummary bilan) {
	}

	private Optional<BilanSummary> summary(CurrentUser staff, UUID bilan) {
		return access.find(staff, new BilanId(bilan), BilanPart.IDENTITY, AccessMode.READ);
	}
}
