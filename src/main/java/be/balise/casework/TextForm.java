package be.balise.casework;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** One free text (a note, a comment, a new objective) as a form sends it. */
public class TextForm {

	@NotBlank(message = "casework.error.textRequired")
	@Size(max = 20_000, message = "casework.error.textLength")
	private String text = "";

	public String getText() { return text; }
	public void setText(String text) { this.text = text == null ? "" : text; }
}
