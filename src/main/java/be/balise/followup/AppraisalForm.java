package be.balise.followup;

import java.util.EnumMap;
import java.util.Map;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The worker's answers to the appraisal questionnaire: five scaled answers and an optional free comment. */
public class AppraisalForm {

	@NotNull(message = "followup.error.scoreRequired") @Min(value = 1, message = "followup.error.scoreRequired") @Max(value = 5, message = "followup.error.scoreRequired")
	private Integer clarity;
	@NotNull(message = "followup.error.scoreRequired") @Min(value = 1, message = "followup.error.scoreRequired") @Max(value = 5, message = "followup.error.scoreRequired")
	private Integer relationship;
	@NotNull(message = "followup.error.scoreRequired") @Min(value = 1, message = "followup.error.scoreRequired") @Max(value = 5, message = "followup.error.scoreRequired")
	private Integer methods;
	@NotNull(message = "followup.error.scoreRequired") @Min(value = 1, message = "followup.error.scoreRequired") @Max(value = 5, message = "followup.error.scoreRequired")
	private Integer synthesis;
	@NotNull(message = "followup.error.scoreRequired") @Min(value = 1, message = "followup.error.scoreRequired") @Max(value = 5, message = "followup.error.scoreRequired")
	private Integer recommend;
	@Size(max = 4000, message = "followup.error.textLength")
	private String comment = "";

	/** The answer to one item, or null when not given. */
	public Integer score(AppraisalItem item) {
		return switch (item) {
			case CLARITY -> clarity;
			case RELATIONSHIP -> relationship;
			case METHODS -> methods;
			case SYNTHESIS -> synthesis;
			case RECOMMEND -> recommend;
		};
	}

	public static String field(AppraisalItem item) {
		return item.name().toLowerCase(java.util.Locale.ROOT);
	}

	Map<AppraisalItem, Integer> scores() {
		Map<AppraisalItem, Integer> scores = new EnumMap<>(AppraisalItem.class);
		for (AppraisalItem item : AppraisalItem.values()) {
			scores.put(item, score(item));
		}
		return scores;
	}

	public Integer getClarity() { return clarity; }
	public void setClarity(Integer clarity) { this.clarity = clarity; }
	public Integer getRelationship() { return relationship; }
	public void setRelationship(Integer relationship) { this.relationship = relationship; }
	public Integer getMethods() { return methods; }
	public void setMethods(Integer methods) { this.methods = methods; }
	public Integer getSynthesis() { return synthesis; }
	public void setSynthesis(Integer synthesis) { this.synthesis = synthesis; }
	public Integer getRecommend() { return recommend; }
	public void setRecommend(Integer recommend) { this.recommend = recommend; }
	public String getComment() { return comment; }
	public void setComment(String comment) { this.comment = comment == null ? "" : comment; }
}
