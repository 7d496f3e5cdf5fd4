package be.balise.assessment;

import java.time.Instant;
import java.util.UUID;

/** Published when a bilan gets a counsellor or changes counsellor without changing state; ids only. */
public record BilanCounsellorChanged(BilanId bilanId, UUID from, UUID to, Instant at) {
}
