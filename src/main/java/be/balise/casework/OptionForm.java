package be.balise.casework;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** An option (piste) as its form sends it, with the version it was edited from. */
public class OptionForm {

	static final String[] FIELDS = { "description", "pros", "cons", "realism", "missing" };

	@NotBlank(message = "casework.error.textRequired")
	@Size(max = 4000, message = "casework.error.textLength")
	private String description = "";
	@Size(max = 4000, message = "casework.error.textLength")
	private String pros = "";
	@Size(max = 4000, message = "casework.error.textLength")
	private String cons = "";
	@Size(max = 4000, message = "casework.error.textLength")
	private String realism = "";
	@Size(max = 4000, message = "casework.error.textLength")
	private String missing = "";
	@PositiveOrZero
	private long version;

	public String getDescription() { return description; }
	public void setDescription(String value) { this.description = value == null ? "" : value.strip(); }
	public String getPros() { return pros; }
	public void setPros(String value) { this.pros = value == null ? "" : value.strip(); }
	public String getCons() { return cons; }
	public void setCons(String value) { this.cons = value == null ? "" : value.strip(); }
	public String getRealism() { return realism; }
	public void setRealism(String value) { this.realism = value == null ? "" : value.strip(); }
	public String getMissing() { return missing; }
	public void setMissing(String value) { this.missing = value == null ? "" : value.strip(); }
	public long getVersion() { return version; }
	public void setVersion(long version) { this.version = version; }

	OptionText text() {
		return new OptionText(description, pros, cons, realism, missing);
	}
}
