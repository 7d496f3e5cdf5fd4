/**
 * Envelope encryption of content: a data key per bilan and per operator, all wrapped by a master key kept
 * outside the database; rotation keeps old data readable.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Encryption")
package be.balise.crypto;
