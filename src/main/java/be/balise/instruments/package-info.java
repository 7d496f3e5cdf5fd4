/**
 * Instruments of the investigation phase: a questionnaire engine that reads item banks from versioned data
 * files, scores answers exactly, and shows results to the worker and their counsellor with the shared reading.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Instruments")
package be.balise.instruments;
