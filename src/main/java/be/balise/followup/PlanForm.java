package be.balise.followup;

import java.time.LocalDate;
import java.time.LocalTime;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/** The date of a follow-up interview agreed with the worker, and the key moment of their change it is set around. */
public class PlanForm {

	@Min(value = 1, message = "followup.error.number") @Max(value = 2, message = "followup.error.number")
	private int number = 1;
	@NotNull(message = "followup.error.dateRequired") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate date;
	@NotNull(message = "followup.error.timeRequired") @DateTimeFormat(iso = DateTimeFormat.ISO.TIME)
	private LocalTime time = LocalTime.of(10, 0);
	@NotBlank(message = "followup.error.momentRequired") @Size(max = 200, message = "followup.error.momentLength")
	private String moment = "";

	public int getNumber() { return number; }
	public void setNumber(int number) { this.number = number; }
	public LocalDate getDate() { return date; }
	public void setDate(LocalDate date) { this.date = date; }
	public LocalTime getTime() { return time; }
	public void setTime(LocalTime time) { this.time = time; }
	public String getMoment() { return moment; }
	public void setMoment(String moment) { this.moment = moment == null ? "" : moment; }
}
