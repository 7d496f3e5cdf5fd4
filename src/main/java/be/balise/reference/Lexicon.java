package be.balise.reference;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import be.balise.identity.CurrentUser;
import be.balise.identity.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lexicon of other schemes: each has a stable code (what a referral names), structured attributes and a name
 * and description per language. Versioned like the documents: a fund officer's save is a new version.
 */
@Service
@Transactional
public class Lexicon {

	private final ReferenceStore store;
	private final Clock clock;

	Lexicon(ReferenceStore store, Clock clock) {
		this.store = store;
		this.clock = clock;
	}

	/** The current version of every scheme, in lexicon order. */
	@Transactional(readOnly = true)
	public List<LexiconScheme> all() {
		return store.currentSchemes();
	}

	@Transactional(readOnly = true)
	public Optional<LexiconScheme> find(String code) {
		return code == null ? Optional.empty() : store.currentScheme(code);
	}

	@Transactional(readOnly = true)
	public Optional<LexiconScheme> version(String code, int version) {
		return store.scheme(code, version);
	}

	@Transactional(readOnly = true)
	public List<VersionEntry> history(String code) {
		return store.schemeHistory(code);
	}

	/** Saves a new version of an existing scheme from {@code fromVersion}; refused when someone saved in between. */
	public SaveOutcome save(CurrentUser officer, String code, int fromVersion, Set<Party> initiators, Set<Party> resultsTo,
			boolean employerInvolved, Purpose purpose, Map<String, LexiconText> texts) {
		if (!officer.has(Role.FUND_OFFICER)) {
			throw new AccessDeniedException("fund officers edit the lexicon");
		}
		LexiconScheme current = find(code).orElseThrow(() -> new IllegalArgumentException("unknown scheme " + code));
		if (!texts.keySet().equals(Set.copyOf(ReferenceLanguages.ALL)) || initiators.isEmpty() || resultsTo.isEmpty()) {
			throw new IllegalArgumentException("texts in every language and at least one party");
		}
		if (fromVersion != current.version()) {
			return new SaveOutcome.Conflict(current.version());
		}
		var next = new LexiconScheme(code, current.version() + 1, current.position(), initiators, resultsTo, employerInvolved,
				purpose, texts, officer.id().value(), clock.instant());
		if (!store.insertScheme(next)) {
			return new SaveOutcome.Conflict(find(code).orElseThrow().version());
		}
		return new SaveOutcome.Saved(next.version());
	}
}
