package be.balise.instruments;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import be.balise.assessment.AccessMode;
import be.balise.assessment.AssessmentAccess;
import be.balise.assessment.BilanId;
import be.balise.assessment.BilanPart;
import be.balise.identity.AccountId;
import be.balise.identity.AccountService;
import be.balise.identity.CurrentUser;
import be.balise.testing.CanaryPlanter;
import be.balise.testing.World;
import org.springframework.stereotype.Component;

/**
 * Plants the canary in instruments content through the services: the worker answers and submits RIASEC with the
 * canary as comment, and the counsellor writes it as the shared reading.
 */
@Component
class InstrumentCanaryPlanters implements CanaryPlanter {

	private final InstrumentService instruments;
	private final AssessmentAccess access;
	private final AccountService accounts;

	InstrumentCanaryPlanters(InstrumentService instruments, AssessmentAccess access, AccountService accounts) {
		this.instruments = instruments;
		this.access = access;
		this.accounts = accounts;
	}

	@Override
	public String kind() {
		return InstrumentService.KIND;
	}

	@Override
	public void plant(World world, BilanId bilan, String canary) {
		UUID workerId = access.require(world.counsellor, bilan, BilanPart.INSTRUMENTS, AccessMode.READ).workerId();
		CurrentUser worker = accounts.findById(new AccountId(workerId)).orElseThrow();
		UUID assignment = instruments.assign(world.counsellor, bilan, "riasec");
		Map<String, Integer> answers = new HashMap<>();
		instruments.banks().get("riasec").items().forEach(item -> answers.put(item.id(), 3));
		instruments.answer(worker, bilan, assignment, answers);
		instruments.submit(worker, bilan, assignment);
		instruments.writeComment(worker, bilan, assignment, canary);
		instruments.writeSharedReading(world.counsellor, bilan, assignment, canary);
	}
}
