package be.balise.planning;

import java.time.LocalDate;
import java.time.LocalTime;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.format.annotation.DateTimeFormat;

/** A new session: a date and time in Brussels, and a duration. */
public class SessionForm {

	@NotNull(message = "planning.error.date")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate date;
	@NotNull(message = "planning.error.time")
	@DateTimeFormat(iso = DateTimeFormat.ISO.TIME)
	private LocalTime time;
	@Min(value = 15, message = "planning.error.duration")
	@Max(value = 480, message = "planning.error.duration")
	private int durationMinutes = 90;

	public LocalDate getDate() { return date; }
	public void setDate(LocalDate date) { this.date = date; }
	public LocalTime getTime() { return time; }
	public void setTime(LocalTime time) { this.time = time; }
	public int getDurationMinutes() { return durationMinutes; }
	public void setDurationMinutes(int durationMinutes) { this.durationMinutes = durationMinutes; }
}
