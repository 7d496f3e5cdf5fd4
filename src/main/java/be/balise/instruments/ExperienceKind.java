package be.balise.instruments;

/** Where an experience of the portfolio comes from. */
public enum ExperienceKind {
	WORK, VOLUNTEERING, TRAINING, LIFE
}
