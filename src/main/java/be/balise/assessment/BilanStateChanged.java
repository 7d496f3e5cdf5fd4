package be.balise.assessment;

import java.time.Instant;

/** Published after every change of state; ids only, never content. */
public record BilanStateChanged(BilanId bilanId, BilanState from, BilanState to, Instant at) {
}
