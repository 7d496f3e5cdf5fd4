package be.balise.followup;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The counsellor's closing note. */
public class ClosingForm {

	@NotBlank(message = "followup.error.noteRequired") @Size(max = 20_000, message = "followup.error.textLength")
	private String note = "";

	public String getNote() { return note; }
	public void setNote(String note) { this.note = note == null ? "" : note; }
}
