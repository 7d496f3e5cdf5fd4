package be.balise.instruments;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An experience of the portfolio, decrypted for a reader who passed the access check, with its skills. */
public record Experience(UUID id, ExperienceKind kind, LocalDate startedOn, LocalDate endedOn, String title,
		String description, List<Skill> skills) {

	/** A skill drawn from an experience. */
	public record Skill(UUID id, UUID experienceId, String name, int level, SkillNature nature, boolean transferable,
			String evidence) {
	}
}
