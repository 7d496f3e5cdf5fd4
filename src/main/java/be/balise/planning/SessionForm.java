package be.balise.planning;

import jakarta.validation.constraints.Size;

/** A new or moved session: a slot's date, time, duration and modality, plus a place. */
public class SessionForm extends SlotForm {

	@Size(max = 500, message = "planning.error.place")
	private String place;
	/** The counsellor confirms a session that goes over the scheme's maximum of hours. */
	private boolean overrun;

	public String getPlace() { return place; }
	public void setPlace(String place) { this.place = place; }
	public boolean isOverrun() { return overrun; }
	public void setOverrun(boolean overrun) { this.overrun = overrun; }
}
