/**
 * Sessions of a bilan: date, duration and outcome, and the hours they use. The conduct issue adds the
 * rhythm, free slots, the calendar feed and the attendance certificate.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Planning")
package be.balise.planning;
