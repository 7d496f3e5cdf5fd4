package be.balise.reference;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import be.balise.identity.CurrentUser;
import be.balise.identity.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The versioned reference documents (charter, deontological guidelines, competence framework). Anyone may read
 * them; a fund officer saves a new version from the version they opened, and a save from an older version is
 * refused rather than silently overwriting someone else's.
 */
@Service
@Transactional
public class ReferenceDocuments {

	public static final int MAX_LENGTH = 50_000;

	private final ReferenceStore store;
	private final Clock clock;

	ReferenceDocuments(ReferenceStore store, Clock clock) {
		this.store = store;
		this.clock = clock;
	}

	/** The current version: its text per language and its version number. */
	@Transactional(readOnly = true)
	public ReferenceDocument current(DocumentKind kind) {
		return store.currentDocument(kind).orElseThrow(() -> new IllegalStateException("No version of " + kind));
	}

	@Transactional(readOnly = true)
	public Optional<ReferenceDocument> version(DocumentKind kind, int version) {
		return store.document(kind, version);
	}

	/** Every version, newest first. */
	@Transactional(readOnly = true)
	public List<VersionEntry> history(DocumentKind kind) {
		return store.documentHistory(kind);
	}

	/**
	 * Saves {@code texts} (one per language, each non-blank) as the version after {@code fromVersion}; refused with
	 * the current version number when {@code fromVersion} is no longer current.
	 */
	public SaveOutcome save(CurrentUser officer, DocumentKind kind, int fromVersion, Map<String, String> texts) {
		if (!officer.has(Role.FUND_OFFICER)) {
			throw new AccessDeniedException("fund officers edit reference documents");
		}
		if (!texts.keySet().equals(java.util.Set.copyOf(ReferenceLanguages.ALL))
				|| texts.values().stream().anyMatch(text -> text == null || text.isBlank() || text.length() > MAX_LENGTH)) {
			throw new IllegalArgumentException("one non-blank text per language");
		}
		int current = current(kind).version();
		if (fromVersion != current || !store.insertDocument(kind, current + 1, texts, officer.id().value(), clock.instant())) {
			return new SaveOutcome.Conflict(current(kind).version());
		}
		return new SaveOutcome.Saved(current + 1);
	}
}
