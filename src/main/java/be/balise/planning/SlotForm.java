package be.balise.planning;

import java.time.LocalDate;
import java.time.LocalTime;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.format.annotation.DateTimeFormat;

/** A free slot to publish: a date and time in Brussels, a duration and a modality (a session adds its place). */
public class SlotForm {

	@NotNull(message = "planning.error.date")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate date;
	@NotNull(message = "planning.error.time")
	@DateTimeFormat(iso = DateTimeFormat.ISO.TIME)
	private LocalTime time;
	@Min(value = 15, message = "planning.error.duration")
	@Max(value = 480, message = "planning.error.duration")
	private int durationMinutes = 90;
	@NotNull(message = "planning.error.modality")
	private Modality modality = Modality.IN_PERSON;

	public LocalDate getDate() { return date; }
	public void setDate(LocalDate date) { this.date = date; }
	public LocalTime getTime() { return time; }
	public void setTime(LocalTime time) { this.time = time; }
	public int getDurationMinutes() { return durationMinutes; }
	public void setDurationMinutes(int durationMinutes) { this.durationMinutes = durationMinutes; }
	public Modality getModality() { return modality; }
	public void setModality(Modality modality) { this.modality = modality; }
}
