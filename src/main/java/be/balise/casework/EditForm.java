package be.balise.casework;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** An edited text with the version it was edited from, so a concurrent edit is noticed rather than overwritten. */
public class EditForm {

	@NotBlank(message = "casework.error.textRequired")
	@Size(max = 20_000, message = "casework.error.textLength")
	private String text = "";
	@PositiveOrZero
	private long version;

	public String getText() { return text; }
	public void setText(String text) { this.text = text == null ? "" : text; }
	public long getVersion() { return version; }
	public void setVersion(long version) { this.version = version; }
}
