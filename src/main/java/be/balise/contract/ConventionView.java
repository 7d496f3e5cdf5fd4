package be.balise.contract;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import be.balise.assessment.BilanId;
import be.balise.scheme.ConventionParty;

/**
 * A convention as one person sees it: who signed, what remains, the hash to sign, and what this person may do.
 * Administration only.
 */
public record ConventionView(BilanId bilan, String sha256, Instant generatedAt, Instant deadlineAt, List<PartyStatus> parties,
		boolean consentGiven, boolean consentWithdrawn, boolean open, Optional<ConventionParty> signableAs,
		boolean mayRecordPaper) {

	/** One party of the convention and its signature, if any. */
	public record PartyStatus(ConventionParty party, boolean signed, String signerName, Instant signedAt, boolean onPaper) {

		public String messageKey() {
			return "contract.party." + party.name().toLowerCase(java.util.Locale.ROOT);
		}
	}

	public boolean complete() {
		return parties.stream().allMatch(PartyStatus::signed) && consentGiven && !consentWithdrawn;
	}

	public boolean waitsForEmployer() {
		return parties.stream().anyMatch(p -> p.party() == ConventionParty.EMPLOYER && !p.signed());
	}
}
