package be.balise.instruments;

/** Whether a skill of the portfolio is professional or personal. */
public enum SkillNature {
	PROFESSIONAL, PERSONAL
}
