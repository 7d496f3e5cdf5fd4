package be.balise.instruments;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/** An experience of the portfolio as its form sends it; the end date is empty while it goes on. */
public class ExperienceForm {

	@NotNull(message = "portfolio.error.kind")
	private ExperienceKind kind;
	@NotBlank(message = "portfolio.error.title")
	@Size(max = 300, message = "portfolio.error.title")
	private String title = "";
	@Size(max = 5000, message = "portfolio.error.description")
	private String description = "";
	@NotNull(message = "portfolio.error.startedOn")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate startedOn;
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate endedOn;

	public ExperienceKind getKind() { return kind; }
	public void setKind(ExperienceKind kind) { this.kind = kind; }
	public String getTitle() { return title; }
	public void setTitle(String title) { this.title = title == null ? "" : title.strip(); }
	public String getDescription() { return description; }
	public void setDescription(String description) { this.description = description == null ? "" : description.strip(); }
	public LocalDate getStartedOn() { return startedOn; }
	public void setStartedOn(LocalDate startedOn) { this.startedOn = startedOn; }
	public LocalDate getEndedOn() { return endedOn; }
	public void setEndedOn(LocalDate endedOn) { this.endedOn = endedOn; }
}
