package be.balise.casework;

import java.time.LocalDate;
import java.util.UUID;

/** One entry of the research log; {@code link} is empty or an http(s) address. */
public record ResearchEntry(UUID id, ResearchCategory category, String title, String link, String summary,
		LocalDate happenedOn, UUID authorId) {
}
