package be.balise.casework;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import be.balise.assessment.AccessMode;
import be.balise.assessment.AssessmentAccess;
import be.balise.assessment.BilanId;
import be.balise.assessment.BilanNotFound;
import be.balise.assessment.BilanPart;
import be.balise.assessment.BilanSummary;
import be.balise.identity.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The research log (BilanPart.CASEWORK): the worker and the counsellor both add entries; every read is audited. */
@Service
public class ResearchService {

	static final String KIND = "casework.research";

	private final ResearchLog log;
	private final AssessmentAccess access;
	private final Clock clock;

	ResearchService(ResearchLog log, AssessmentAccess access, Clock clock) {
		this.log = log;
		this.access = access;
		this.clock = clock;
	}

	public BilanSummary requireReadable(CurrentUser user, BilanId bilan) {
		return access.require(user, bilan, BilanPart.CASEWORK, AccessMode.READ);
	}

	public List<ResearchEntry> read(CurrentUser user, BilanId bilan) {
		requireReadable(user, bilan);
		List<ResearchEntry> found = log.open(bilan.value());
		found.forEach(entry -> access.readContent(user, bilan, BilanPart.CASEWORK, KIND, entry.id(), "view research"));
		return found;
	}

	/** Adds an entry; the form has been validated (category, title, date, an http(s) link or none). */
	@Transactional
	public UUID add(CurrentUser user, BilanId bilan, ResearchForm form) {
		if (!ObjectiveService.editable(access.require(user, bilan, BilanPart.CASEWORK, AccessMode.WRITE))) {
			throw new BilanNotFound();
		}
		return log.insert(bilan.value(), user.id().value(), form, clock.instant());
	}
}
