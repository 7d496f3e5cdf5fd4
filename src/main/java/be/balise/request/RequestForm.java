package be.balise.request;

import java.util.UUID;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What the worker fills in. Only these fields are bound from the form, so an owner or state field sent
 * along is ignored (no mass assignment).
 */
public class RequestForm {

	@NotNull(message = "request.error.scheme")
	private UUID schemeId;
	@NotNull
	private UUID submissionKey = UUID.randomUUID();
	@NotBlank(message = "request.error.jointCommittee")
	@Pattern(regexp = "^\\s*\\d{3}(\\.\\d{2})?\\s*$", message = "request.error.jointCommittee")
	private String jointCommittee;
	@NotBlank(message = "request.error.companyNumber")
	@Pattern(regexp = "^\\s*[01]\\d{3}[.\\s]?\\d{3}[.\\s]?\\d{3}\\s*$", message = "request.error.companyNumber")
	private String companyNumber;
	@NotBlank(message = "request.error.workStatus")
	@Pattern(regexp = "FULL_TIME|PART_TIME|SICK_LEAVE|NOTICE_PERIOD", message = "request.error.workStatus")
	private String workStatus;
	private boolean workingHours;
	private boolean employerAgreed;
	@NotBlank(message = "request.error.reasons")
	@Size(max = 4000, message = "request.error.reasonsLength")
	private String reasons;
	@Pattern(regexp = "fr|nl|en|de", message = "request.error.language")
	private String language = "fr";
	@NotBlank(message = "request.error.region")
	@Size(max = 60, message = "request.error.region")
	private String region;
	@Pattern(regexp = "IN_PERSON|REMOTE|EITHER", message = "request.error.modality")
	private String modality = "EITHER";
	// Kept as typed (text) so that a refused value is shown back to the worker rather than lost.
	@NotBlank(message = "request.error.experienceYears")
	@Pattern(regexp = "^\\s*([0-9]|[1-5][0-9]|60)\\s*$", message = "request.error.experienceYears")
	private String experienceYears;
	@NotBlank(message = "request.error.residenceRegion")
	@Pattern(regexp = "BRUSSELS|WALLONIA|FLANDERS|FRANCE|OTHER", message = "request.error.residenceRegion")
	private String residenceRegion;

	/** The employer must agree only when sessions fall in working hours, and then the worker confirms it. */
	@AssertTrue(message = "request.error.employerAgreed")
	public boolean isEmployerAgreementGiven() {
		return !workingHours || employerAgreed;
	}

	public String normalisedJointCommittee() {
		return jointCommittee.strip();
	}

	/** The company number as 0123.456.789. */
	public String normalisedCompanyNumber() {
		String digits = companyNumber.replaceAll("\\D", "");
		return digits.substring(0, 4) + "." + digits.substring(4, 7) + "." + digits.substring(7);
	}

	/** Null when not given (a request built by code rather than the form): the rule then asks the fund to check. */
	public Integer experienceYearsValue() {
		return experienceYears == null || experienceYears.isBlank() ? null : Integer.valueOf(experienceYears.strip());
	}

	public UUID getSchemeId() { return schemeId; }
	public void setSchemeId(UUID schemeId) { this.schemeId = schemeId; }
	public UUID getSubmissionKey() { return submissionKey; }
	public void setSubmissionKey(UUID submissionKey) { this.submissionKey = submissionKey; }
	public String getJointCommittee() { return jointCommittee; }
	public void setJointCommittee(String jointCommittee) { this.jointCommittee = jointCommittee; }
	public String getCompanyNumber() { return companyNumber; }
	public void setCompanyNumber(String companyNumber) { this.companyNumber = companyNumber; }
	public String getWorkStatus() { return workStatus; }
	public void setWorkStatus(String workStatus) { this.workStatus = workStatus; }
	public boolean isWorkingHours() { return workingHours; }
	public void setWorkingHours(boolean workingHours) { this.workingHours = workingHours; }
	public boolean isEmployerAgreed() { return employerAgreed; }
	public void setEmployerAgreed(boolean employerAgreed) { this.employerAgreed = employerAgreed; }
	public String getReasons() { return reasons; }
	public void setReasons(String reasons) { this.reasons = reasons; }
	public String getLanguage() { return language; }
	public void setLanguage(String language) { this.language = language; }
	public String getRegion() { return region; }
	public void setRegion(String region) { this.region = region; }
	public String getModality() { return modality; }
	public void setModality(String modality) { this.modality = modality; }
	public String getExperienceYears() { return experienceYears; }
	public void setExperienceYears(String experienceYears) { this.experienceYears = experienceYears; }
	public String getResidenceRegion() { return residenceRegion; }
	public void setResidenceRegion(String residenceRegion) { this.residenceRegion = residenceRegion; }
}
