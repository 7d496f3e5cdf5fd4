package be.balise.privacy;

import java.time.Instant;

import be.balise.assessment.BilanState;

/** An erasure request as the fund officer and the operator admin see it: whose bilan, in which state, since when. */
public record ErasureView(String worker, BilanState state, Instant requestedAt) {
}
