package be.balise.scheme;

import java.time.Instant;

/** One stored version of a scheme, for the list of versions ({@code createdAt} null for the shipped examples). */
public record SchemeVersionRow(SchemeId id, int version, boolean active, Instant createdAt) {
}
