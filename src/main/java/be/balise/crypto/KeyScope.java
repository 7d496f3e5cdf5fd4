package be.balise.crypto;

import java.util.UUID;

/**
 * Whose key encrypts a piece of data: a bilan's own key for its content, so that destroying one bilan
 * leaves the worker's others readable; an operator's key for legal records that outlive content.
 */
public record KeyScope(Kind kind, UUID owner) {

	/** SYSTEM: the application's own secrets that belong to no bilan or operator (the eligibility ledger's pseudonym key). */
	public enum Kind { BILAN, OPERATOR, SYSTEM }

	public static KeyScope bilan(UUID bilanId) {
		return new KeyScope(Kind.BILAN, bilanId);
	}

	public static KeyScope operator(UUID operatorId) {
		return new KeyScope(Kind.OPERATOR, operatorId);
	}

	public static KeyScope system(UUID secretId) {
		return new KeyScope(Kind.SYSTEM, secretId);
	}
}
