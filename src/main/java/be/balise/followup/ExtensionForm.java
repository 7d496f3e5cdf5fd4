package be.balise.followup;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

/** The worker's written agreement to keep their content longer after closure: a checkbox, a length, their password. */
public class ExtensionForm {

	@AssertTrue(message = "followup.error.agreeRequired")
	private boolean agree;
	@Min(value = 1, message = "followup.error.months") @Max(value = 12, message = "followup.error.months")
	private int months = 12;
	@NotBlank(message = "followup.error.passwordRequired")
	private String password = "";

	public boolean isAgree() { return agree; }
	public void setAgree(boolean agree) { this.agree = agree; }
	public int getMonths() { return months; }
	public void setMonths(int months) { this.months = months; }
	public String getPassword() { return password; }
	public void setPassword(String password) { this.password = password == null ? "" : password; }
}
