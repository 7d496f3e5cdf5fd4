package be.balise.casework;

import java.io.InputStream;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import be.balise.assessment.AccessMode;
import be.balise.assessment.AssessmentAccess;
import be.balise.assessment.BilanId;
import be.balise.assessment.BilanNotFound;
import be.balise.assessment.BilanPart;
import be.balise.assessment.BilanSummary;
import be.balise.crypto.KeyScope;
import be.balise.files.FileContent;
import be.balise.files.FileStore;
import be.balise.files.StoredFile;
import be.balise.identity.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Documents shared by the worker and the counsellor (BilanPart.CASEWORK): uploaded by either, checked on size and
 * content by the file store, encrypted under the bilan's key, downloaded as attachments after an audited read.
 */
@Service
public class DocumentService {

	static final String KIND = "casework.document";
	static final String PURPOSE = "casework.document";

	private final Documents documents;
	private final FileStore files;
	private final AssessmentAccess access;
	private final Clock clock;

	DocumentService(Documents documents, FileStore files, AssessmentAccess access, Clock clock) {
		this.documents = documents;
		this.files = files;
		this.access = access;
		this.clock = clock;
	}

	public BilanSummary requireReadable(CurrentUser user, BilanId bilan) {
		return access.require(user, bilan, BilanPart.CASEWORK, AccessMode.READ);
	}

	/** Stores an upload; throws {@code UploadRefusedException} when the file store refuses it. */
	@Transactional
	public UUID upload(CurrentUser user, BilanId bilan, String originalName, InputStream content) {
		return upload(user, bilan, originalName, content, DocumentKind.OTHER);
	}

	/** Stores an upload of a given kind; throws {@code UploadRefusedException} when the file store refuses it. */
	@Transactional
	public UUID upload(CurrentUser user, BilanId bilan, String originalName, InputStream content, DocumentKind kind) {
		BilanSummary summary = access.require(user, bilan, BilanPart.CASEWORK, AccessMode.WRITE);
		if (!ObjectiveService.editable(summary)) {
			throw new BilanNotFound();
		}
		StoredFile stored = files.store(KeyScope.bilan(bilan.value()), PURPOSE, originalName, content);
		documents.insert(stored.id(), bilan.value(), user.id().value(), kind, clock.instant());
		return stored.id();
	}

	/** The documents, newest first (their names are content: each listing is audited per document). */
	public List<Document> list(CurrentUser user, BilanId bilan) {
		requireReadable(user, bilan);
		List<Document> found = new ArrayList<>();
		for (var row : documents.list(bilan.value())) {
			UUID id = (UUID) row.get("file_id");
			files.find(KeyScope.bilan(bilan.value()), id).ifPresent(file -> found.add(new Document(id, file.name(),
					file.type().name(), file.size(), (UUID) row.get("uploaded_by"), ((Timestamp) row.get("uploaded_at")).toInstant(),
					DocumentKind.valueOf((String) row.get("kind")))));
		}
		found.forEach(document -> access.readContent(user, bilan, BilanPart.CASEWORK, KIND, document.id(), "list documents"));
		return found;
	}

	/**
	 * How many documents of each kind the bilan holds (administration: which documents exist, not what they say),
	 * for modules that decide on them, such as planning's hour parts; the caller has checked access to the bilan.
	 */
	public java.util.Map<String, Integer> kindsForRecords(BilanId bilan) {
		return documents.kinds(bilan.value());
	}

	/** The document's bytes, after the audit row of this download is written. */
	public FileContent download(CurrentUser user, BilanId bilan, UUID document) {
		requireReadable(user, bilan);
		if (!documents.belongs(bilan.value(), document)) {
			throw new BilanNotFound();
		}
		access.readContent(user, bilan, BilanPart.CASEWORK, KIND, document, "download document");
		return files.read(KeyScope.bilan(bilan.value()), document).orElseThrow(BilanNotFound::new);
	}
}
