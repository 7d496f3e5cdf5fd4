package be.balise.planning;

import be.balise.assessment.BilanId;

/** Published when a session of a bilan is planned, moved or ends: the bilan's id only, never a time or a place. */
public record SessionsChanged(BilanId bilanId) {
}
