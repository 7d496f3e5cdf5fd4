package be.balise.planning;

import java.time.Instant;

/** What a counsellor plans: when, how long, how and where. */
public record SessionPlan(Instant startsAt, int durationMinutes, Modality modality, String place) {
}
