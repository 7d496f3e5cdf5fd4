package be.balise.contract;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The counsellor's referral: a scheme of the lexicon (its code) and a note on why. */
public class ReferralForm {

	@NotBlank(message = "contract.referral.error.scheme")
	@Size(max = 40, message = "contract.referral.error.scheme")
	private String scheme = "";
	@Size(max = 2000, message = "contract.referral.error.noteLength")
	private String note = "";

	public String getScheme() { return scheme; }
	public void setScheme(String scheme) { this.scheme = scheme == null ? "" : scheme.strip(); }
	public String getNote() { return note; }
	public void setNote(String note) { this.note = note == null ? "" : note; }
}
