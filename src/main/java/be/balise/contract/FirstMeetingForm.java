package be.balise.contract;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The first-meeting record as the counsellor fills it in: what was explained (a checklist), the motives (content),
 * whether the worker takes part of their own will, and the frame the convention will state (planned hours,
 * rhythm, modality). The planned hours, rhythm and modality are required only when deciding to continue.
 */
public class FirstMeetingForm {

	@NotNull(message = "contract.error.heldOn")
	@PastOrPresent(message = "contract.error.heldOnFuture")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate heldOn;
	private boolean presentedOperator;
	private boolean presentedProcess;
	private boolean presentedMethods;
	private boolean presentedTools;
	private boolean voluntaryConfirmed;
	@Size(max = 4000, message = "contract.error.motivesLength")
	private String motives = "";
	@DecimalMin(value = "0.5", message = "contract.error.plannedHours")
	@DecimalMax(value = "200", message = "contract.error.plannedHours")
	@Digits(integer = 3, fraction = 1, message = "contract.error.plannedHoursFormat")
	private BigDecimal plannedHours;
	@Min(value = 1, message = "contract.error.rhythm")
	@Max(value = 8, message = "contract.error.rhythm")
	private Integer rhythmWeeks;
	private MeetingModality modality;

	public LocalDate getHeldOn() { return heldOn; }
	public void setHeldOn(LocalDate heldOn) { this.heldOn = heldOn; }
	public boolean isPresentedOperator() { return presentedOperator; }
	public void setPresentedOperator(boolean value) { this.presentedOperator = value; }
	public boolean isPresentedProcess() { return presentedProcess; }
	public void setPresentedProcess(boolean value) { this.presentedProcess = value; }
	public boolean isPresentedMethods() { return presentedMethods; }
	public void setPresentedMethods(boolean value) { this.presentedMethods = value; }
	public boolean isPresentedTools() { return presentedTools; }
	public void setPresentedTools(boolean value) { this.presentedTools = value; }
	public boolean isVoluntaryConfirmed() { return voluntaryConfirmed; }
	public void setVoluntaryConfirmed(boolean value) { this.voluntaryConfirmed = value; }
	public String getMotives() { return motives; }
	public void setMotives(String motives) { this.motives = motives == null ? "" : motives; }
	public BigDecimal getPlannedHours() { return plannedHours; }
	public void setPlannedHours(BigDecimal plannedHours) { this.plannedHours = plannedHours; }
	public Integer getRhythmWeeks() { return rhythmWeeks; }
	public void setRhythmWeeks(Integer rhythmWeeks) { this.rhythmWeeks = rhythmWeeks; }
	public MeetingModality getModality() { return modality; }
	public void setModality(MeetingModality modality) { this.modality = modality; }

	/** Whether everything the convention needs is there and the worker takes part freely. */
	boolean readyForConvention() {
		return presentedOperator && presentedProcess && presentedMethods && presentedTools && voluntaryConfirmed
				&& plannedHours != null && rhythmWeeks != null && modality != null;
	}
}
