package be.balise.casework;

/**
 * What a document of a bilan is. The names are the codes a scheme's rules use: an HOUR_BUDGET part with
 * {@code "document": "POP"} is complete only once a {@link #POP} document is uploaded.
 */
public enum DocumentKind {

	/** A curriculum vitae. */
	CV,
	/** A personal development plan (persoonlijk ontwikkelingsplan), as the Flemish career cheques require. */
	POP,
	/** A certificate or attestation. */
	CERTIFICATE,
	OTHER;

	public String messageKey() {
		return "casework.documents.kind." + name();
	}
}
