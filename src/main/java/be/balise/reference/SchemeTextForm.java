package be.balise.reference;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The texts of a lexicon scheme in one language, as a form holds them. */
public class SchemeTextForm {

	@NotBlank(message = "reference.error.blank")
	@Size(max = 200, message = "reference.error.nameLength")
	private String name = "";
	@NotBlank(message = "reference.error.blank")
	@Size(max = 10_000, message = "reference.error.length")
	private String description = "";
	@NotBlank(message = "reference.error.blank")
	@Size(max = 10_000, message = "reference.error.length")
	private String situations = "";
	@NotBlank(message = "reference.error.blank")
	@Size(max = 2_000, message = "reference.error.length")
	private String contact = "";

	static SchemeTextForm of(LexiconText text) {
		var form = new SchemeTextForm();
		form.name = text.name();
		form.description = text.description();
		form.situations = text.situations();
		form.contact = text.contact();
		return form;
	}

	LexiconText toText() {
		return new LexiconText(name.strip(), description.strip(), situations.strip(), contact.strip());
	}

	public String getName() { return name; }
	public void setName(String name) { this.name = name == null ? "" : name; }
	public String getDescription() { return description; }
	public void setDescription(String description) { this.description = description == null ? "" : description; }
	public String getSituations() { return situations; }
	public void setSituations(String situations) { this.situations = situations == null ? "" : situations; }
	public String getContact() { return contact; }
	public void setContact(String contact) { this.contact = contact == null ? "" : contact; }
}
