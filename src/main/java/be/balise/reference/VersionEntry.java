package be.balise.reference;

import java.time.Instant;
import java.util.UUID;

/** One line of a history: a version, who saved it (null: shipped with Balise) and when. */
public record VersionEntry(int version, UUID authorId, Instant savedAt) {
}
