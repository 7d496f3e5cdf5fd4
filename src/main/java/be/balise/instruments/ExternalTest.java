package be.balise.instruments;

import java.time.LocalDate;
import java.util.UUID;

/** The record of an external test, decrypted for a reader who passed the access check; {@code reportFile} may be null. */
public record ExternalTest(UUID id, LocalDate takenOn, String name, String publisher, String testVersion,
		String administrator, String scores, String sharedReading, UUID reportFile) {
}
