package be.balise.casework;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/** A research entry as its form sends it. */
public class ResearchForm {

	@NotNull(message = "casework.error.researchInvalid")
	private ResearchCategory category;
	@NotBlank(message = "casework.error.researchInvalid")
	@Size(max = 300, message = "casework.error.researchInvalid")
	private String title = "";
	@Size(max = 2000, message = "casework.error.researchInvalid")
	@Pattern(regexp = "^$|^https?://\\S+$", message = "casework.error.researchLink")
	private String link = "";
	@Size(max = 20_000, message = "casework.error.researchInvalid")
	private String summary = "";
	@NotNull(message = "casework.error.researchInvalid")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate happenedOn;

	public ResearchCategory getCategory() { return category; }
	public void setCategory(ResearchCategory category) { this.category = category; }
	public String getTitle() { return title; }
	public void setTitle(String title) { this.title = title == null ? "" : title.strip(); }
	public String getLink() { return link; }
	public void setLink(String link) { this.link = link == null ? "" : link.strip(); }
	public String getSummary() { return summary; }
	public void setSummary(String summary) { this.summary = summary == null ? "" : summary.strip(); }
	public LocalDate getHappenedOn() { return happenedOn; }
	public void setHappenedOn(LocalDate happenedOn) { this.happenedOn = happenedOn; }
}
