/**
 * The bilan itself: its states and transitions, the one counsellor who conducts it, the access policy that
 * says who may read or write each part of it, and the registry of every kind of content it holds.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Assessment (bilan)")
package be.balise.assessment;
