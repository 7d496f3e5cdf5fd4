package be.balise.followup;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The counsellor's record of a follow-up interview; when the worker asked for help carrying out the plan, the
 * scheme they are referred to (a scheme of the lexicon by its code, or another one by name) and a note.
 */
public class RecordForm {

	@NotBlank(message = "followup.error.recordRequired") @Size(max = 20_000, message = "followup.error.textLength")
	private String record = "";
	@Size(max = 60, message = "followup.error.schemeLength")
	private String referralCode = "";
	@Size(max = 200, message = "followup.error.schemeLength")
	private String referralScheme = "";
	@Size(max = 4000, message = "followup.error.textLength")
	private String referralNote = "";

	public String getRecord() { return record; }
	public void setRecord(String record) { this.record = record == null ? "" : record; }
	public String getReferralCode() { return referralCode; }
	public void setReferralCode(String referralCode) { this.referralCode = referralCode == null ? "" : referralCode; }
	public String getReferralScheme() { return referralScheme; }
	public void setReferralScheme(String referralScheme) { this.referralScheme = referralScheme == null ? "" : referralScheme; }
	public String getReferralNote() { return referralNote; }
	public void setReferralNote(String referralNote) { this.referralNote = referralNote == null ? "" : referralNote; }
}
