package be.balise.assessment;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import be.balise.identity.AccountService;
import be.balise.identity.CurrentUser;
import be.balise.scheme.SchemeId;
import be.balise.scheme.Schemes;
import org.springframework.stereotype.Service;

/** Builds the page view of one bilan for one person, through the access policy. */
@Service
public class BilanViews {

	private final AssessmentAccess access;
	private final Bilans bilans;
	private final Schemes schemes;
	private final AccountService accounts;
	private final Memberships memberships;

	BilanViews(AssessmentAccess access, Bilans bilans, Schemes schemes, AccountService accounts, Memberships memberships) {
		this.access = access;
		this.bilans = bilans;
		this.schemes = schemes;
		this.accounts = accounts;
		this.memberships = memberships;
	}

	public BilanView view(CurrentUser user, BilanId id, Locale locale) {
		BilanSummary bilan = access.require(user, id, BilanPart.ADMINISTRATION, AccessMode.READ);
		List<HistoryEntry> history;
		if (access.allows(user, bilan, BilanPart.HISTORY_REASONS, AccessMode.READ)) {
			access.readContent(user, id, BilanPart.HISTORY_REASONS, "assessment.history", id.value(), "view bilan");
			history = bilans.historyWithReasons(id);
		} else {
			history = bilans.history(id);
		}
		Set<UUID> people = new HashSet<>();
		people.add(bilan.workerId());
		if (bilan.counsellorId() != null) {
			people.add(bilan.counsellorId());
		}
		if (bilan.proposedCounsellorId() != null) {
			people.add(bilan.proposedCounsellorId());
		}
		history.forEach(entry -> people.add(entry.actor().accountId()));
		String scheme = schemes.find(new SchemeId(bilan.schemeId())).map(s -> s.name(locale)).orElse("");
		String operator = bilan.operatorId() == null ? null : memberships.operatorName(bilan.operatorId());
		return new BilanView(bilan, scheme, accounts.displayNames(people), operator, history);
	}

	/** The names of the people in a list of bilans, in one query. */
	public java.util.Map<UUID, String> namesFor(List<BilanSummary> rows) {
		Set<UUID> people = new HashSet<>();
		rows.forEach(row -> {
			people.add(row.workerId());
			if (row.counsellorId() != null) {
				people.add(row.counsellorId());
			}
		});
		return accounts.displayNames(people);
	}

	public List<NamedRef> operators() {
		return memberships.operators();
	}

	public List<NamedRef> counsellorsOf(UUID operator) {
		return memberships.counsellorsOf(operator);
	}
}
