package be.balise.reference;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A reference document as a fund officer edits it: one Markdown text per language, and the version it started from. */
public class DocumentForm {

	private int version;
	private Map<String, @NotBlank(message = "reference.error.blank") @Size(max = ReferenceDocuments.MAX_LENGTH,
			message = "reference.error.length") String> texts = new LinkedHashMap<>();

	public DocumentForm() {
		ReferenceLanguages.ALL.forEach(language -> texts.put(language, ""));
	}

	static DocumentForm of(ReferenceDocument document) {
		var form = new DocumentForm();
		form.version = document.version();
		ReferenceLanguages.ALL.forEach(language -> form.texts.put(language, document.text(language)));
		return form;
	}

	public int getVersion() { return version; }
	public void setVersion(int version) { this.version = version; }
	public Map<String, String> getTexts() { return texts; }
	public void setTexts(Map<String, String> texts) { this.texts = texts; }

	public String text(String language) {
		String text = texts.get(language);
		return text == null ? "" : text;
	}

	/** The texts, stripped, one per language. */
	Map<String, String> stripped() {
		Map<String, String> stripped = new LinkedHashMap<>();
		ReferenceLanguages.ALL.forEach(language -> stripped.put(language, text(language).strip()));
		return stripped;
	}
}
