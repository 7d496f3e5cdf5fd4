package be.balise.planning;

import java.time.Instant;
import java.util.UUID;

/** One session as pages show it. */
public record SessionView(UUID id, Instant startsAt, int durationMinutes, String status) {
}
