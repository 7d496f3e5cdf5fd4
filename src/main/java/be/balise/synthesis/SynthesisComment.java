package be.balise.synthesis;

import java.time.Instant;
import java.util.UUID;

/** A comment on a section, written while reading revision {@code revisionNumber}. */
public record SynthesisComment(UUID id, Section section, int revisionNumber, UUID authorId, String text, Instant writtenAt) {
}
