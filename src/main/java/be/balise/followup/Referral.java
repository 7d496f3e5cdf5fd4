package be.balise.followup;

import java.time.Instant;
import java.util.UUID;

/** A referral made at follow-up: the scheme (its lexicon code when known, and its name) and the counsellor's note. */
public record Referral(UUID id, UUID interviewId, String schemeCode, String schemeName, String note, Instant referredAt) {
}
