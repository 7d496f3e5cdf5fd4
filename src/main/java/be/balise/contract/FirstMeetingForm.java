package be.balise.contract;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/** The first-meeting record as the counsellor fills it in. */
public class FirstMeetingForm {

	@NotNull(message = "contract.error.heldOn")
	@PastOrPresent(message = "contract.error.heldOnFuture")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate heldOn;
	private boolean presentedOperator;
	private boolean presentedProcess;
	private boolean presentedMethods;
	private boolean voluntaryConfirmed;
	@Size(max = 4000, message = "contract.error.motivesLength")
	private String motives = "";

	public LocalDate getHeldOn() { return heldOn; }
	public void setHeldOn(LocalDate heldOn) { this.heldOn = heldOn; }
	public boolean isPresentedOperator() { return presentedOperator; }
	public void setPresentedOperator(boolean value) { this.presentedOperator = value; }
	public boolean isPresentedProcess() { return presentedProcess; }
	public void setPresentedProcess(boolean value) { this.presentedProcess = value; }
	public boolean isPresentedMethods() { return presentedMethods; }
	public void setPresentedMethods(boolean value) { this.presentedMethods = value; }
	public boolean isVoluntaryConfirmed() { return voluntaryConfirmed; }
	public void setVoluntaryConfirmed(boolean value) { this.voluntaryConfirmed = value; }
	public String getMotives() { return motives; }
	public void setMotives(String motives) { this.motives = motives == null ? "" : motives; }
}
