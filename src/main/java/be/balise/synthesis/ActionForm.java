package be.balise.synthesis;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/** An action of the plan as its form sends it. */
public class ActionForm {

	public static final String[] FIELDS = { "priority", "project", "description", "firstStep", "targetDate", "resources",
			"contacts", "version" };

	@Min(value = 1, message = "synthesis.error.priority")
	@Max(value = 9, message = "synthesis.error.priority")
	private int priority = 1;
	@Size(max = 500, message = "synthesis.error.textLength")
	private String project = "";
	@NotBlank(message = "synthesis.error.descriptionRequired")
	@Size(max = 4000, message = "synthesis.error.textLength")
	private String description = "";
	@Size(max = 4000, message = "synthesis.error.textLength")
	private String firstStep = "";
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate targetDate;
	@Size(max = 4000, message = "synthesis.error.textLength")
	private String resources = "";
	@Size(max = 4000, message = "synthesis.error.textLength")
	private String contacts = "";
	@PositiveOrZero
	private long version;

	ActionItem.ActionText text() {
		return new ActionItem.ActionText(priority, project.strip(), description.strip(), firstStep.strip(),
				targetDate == null ? null : targetDate.toString(), resources.strip(), contacts.strip());
	}

	static ActionForm of(ActionItem item) {
		ActionForm form = new ActionForm();
		form.setPriority(item.priority());
		form.setProject(item.project());
		form.setDescription(item.description());
		form.setFirstStep(item.firstStep());
		form.setTargetDate(item.targetDate());
		form.setResources(item.resources());
		form.setContacts(item.contacts());
		form.setVersion(item.version());
		return form;
	}

	public int getPriority() { return priority; }
	public void setPriority(int priority) { this.priority = priority; }
	public String getProject() { return project; }
	public void setProject(String project) { this.project = project == null ? "" : project; }
	public String getDescription() { return description; }
	public void setDescription(String description) { this.description = description == null ? "" : description; }
	public String getFirstStep() { return firstStep; }
	public void setFirstStep(String firstStep) { this.firstStep = firstStep == null ? "" : firstStep; }
	public LocalDate getTargetDate() { return targetDate; }
	public void setTargetDate(LocalDate targetDate) { this.targetDate = targetDate; }
	public String getResources() { return resources; }
	public void setResources(String resources) { this.resources = resources == null ? "" : resources; }
	public String getContacts() { return contacts; }
	public void setContacts(String contacts) { this.contacts = contacts == null ? "" : contacts; }
	public long getVersion() { return version; }
	public void setVersion(long version) { this.version = version; }
}
