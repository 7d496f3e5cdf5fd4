package be.balise.casework;

import java.time.Instant;
import java.util.UUID;

/** A message of the bilan's thread, by its author (an account id). */
public record Message(UUID id, UUID authorId, String text, Instant sentAt) {
}
