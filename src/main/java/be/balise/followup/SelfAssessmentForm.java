package be.balise.followup;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The worker's self-assessment before or during a follow-up interview. */
public class SelfAssessmentForm {

	@NotBlank(message = "followup.error.progressRequired") @Size(max = 8000, message = "followup.error.textLength")
	private String progress = "";
	@Size(max = 8000, message = "followup.error.textLength")
	private String learnt = "";
	@Size(max = 8000, message = "followup.error.textLength")
	private String obstacles = "";
	@Size(max = 8000, message = "followup.error.textLength")
	private String needs = "";

	static SelfAssessmentForm of(Interview.SelfAssessment self) {
		var form = new SelfAssessmentForm();
		if (self != null) {
			form.setProgress(self.progress());
			form.setLearnt(self.learnt());
			form.setObstacles(self.obstacles());
			form.setNeeds(self.needs());
		}
		return form;
	}

	public String getProgress() { return progress; }
	public void setProgress(String progress) { this.progress = progress == null ? "" : progress; }
	public String getLearnt() { return learnt; }
	public void setLearnt(String learnt) { this.learnt = learnt == null ? "" : learnt; }
	public String getObstacles() { return obstacles; }
	public void setObstacles(String obstacles) { this.obstacles = obstacles == null ? "" : obstacles; }
	public String getNeeds() { return needs; }
	public void setNeeds(String needs) { this.needs = needs == null ? "" : needs; }
}
