package be.balise.casework;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import be.balise.assessment.AccessMode;
import be.balise.assessment.AssessmentAccess;
import be.balise.assessment.BilanId;
import be.balise.assessment.BilanPart;
import be.balise.assessment.BilanSummary;
import be.balise.identity.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Session notes: written and read by the bilan's counsellor only (BilanPart.SESSION_NOTES); the worker obtains
 * them through their data export. Each note read writes its audit row before it is returned.
 */
@Service
public class NoteService {

	static final int MAX_LENGTH = 20_000;
	static final String KIND = "casework.note";

	private final Notes notes;
	private final AssessmentAccess access;
	private final Clock clock;

	NoteService(Notes notes, AssessmentAccess access, Clock clock) {
		this.notes = notes;
		this.access = access;
		this.clock = clock;
	}

	/** The bilan, when this person may write its notes (404 otherwise). */
	public BilanSummary requireWritable(CurrentUser counsellor, BilanId bilan) {
		return access.require(counsellor, bilan, BilanPart.SESSION_NOTES, AccessMode.WRITE);
	}

	@Transactional
	public void write(CurrentUser counsellor, BilanId bilan, String markdown) {
		requireWritable(counsellor, bilan);
		String text = markdown == null ? "" : markdown.strip();
		if (text.isEmpty() || text.length() > MAX_LENGTH) {
			throw new IllegalArgumentException("A note is 1 to " + MAX_LENGTH + " characters");
		}
		notes.insert(bilan.value(), counsellor.id().value(), text, clock.instant());
	}

	/** The bilan's notes, newest first; every one of them is audited as read. */
	public List<Note> read(CurrentUser counsellor, BilanId bilan) {
		access.require(counsellor, bilan, BilanPart.SESSION_NOTES, AccessMode.READ);
		return audited(counsellor, bilan, notes.open(bilan.value()), "view session notes");
	}

	/**
	 * The notes whose text holds {@code query} (ignoring case). The notes are
	 * decrypted in memory and matched there: no plaintext index exists. Only the matches are returned and audited.
	 */
	public List<Note> search(CurrentUser counsellor, BilanId bilan, String query) {
		access.require(counsellor, bilan, BilanPart.SESSION_NOTES, AccessMode.READ);
		String needle = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
		List<Note> matches = notes.open(bilan.value()).stream()
				.filter(note -> note.markdown().toLowerCase(Locale.ROOT).contains(needle)).toList();
		return audited(counsellor, bilan, matches, "search session notes");
	}

	private List<Note> audited(CurrentUser counsellor, BilanId bilan, List<Note> found, String purpose) {
		for (Note note : found) {
			access.readContent(counsellor, bilan, BilanPart.SESSION_NOTES, KIND, note.id(), purpose);
		}
		return found;
	}
}
