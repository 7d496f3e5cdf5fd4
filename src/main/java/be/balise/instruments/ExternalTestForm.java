package be.balise.instruments;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/** The record of an external test as its form sends it: what it is, when, by whom, and its scores or code. */
public class ExternalTestForm {

	@NotBlank(message = "externalTests.error.name")
	@Size(max = 200, message = "externalTests.error.name")
	private String name = "";
	@Size(max = 200, message = "externalTests.error.short")
	private String publisher = "";
	@Size(max = 100, message = "externalTests.error.short")
	private String testVersion = "";
	@NotNull(message = "externalTests.error.takenOn")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate takenOn;
	@Size(max = 200, message = "externalTests.error.short")
	private String administrator = "";
	@NotBlank(message = "externalTests.error.scores")
	@Size(max = 5000, message = "externalTests.error.scores")
	private String scores = "";

	public String getName() { return name; }
	public void setName(String name) { this.name = name == null ? "" : name.strip(); }
	public String getPublisher() { return publisher; }
	public void setPublisher(String publisher) { this.publisher = publisher == null ? "" : publisher.strip(); }
	public String getTestVersion() { return testVersion; }
	public void setTestVersion(String testVersion) { this.testVersion = testVersion == null ? "" : testVersion.strip(); }
	public LocalDate getTakenOn() { return takenOn; }
	public void setTakenOn(LocalDate takenOn) { this.takenOn = takenOn; }
	public String getAdministrator() { return administrator; }
	public void setAdministrator(String administrator) { this.administrator = administrator == null ? "" : administrator.strip(); }
	public String getScores() { return scores; }
	public void setScores(String scores) { this.scores = scores == null ? "" : scores.strip(); }
}
