package be.balise.crypto;

import java.util.UUID;

/**
 * Whose key encrypts a piece of data: a bilan's own key for its content, so that destroying one bilan
 * leaves the worker's others readable; an operator's key for legal records that outlive content.
 */
public record KeyScope(Kind kind, UUID owner) {

	public enum Kind { BILAN, OPERATOR }

	public static KeyScope bilan(UUID bilanId) {
		return new KeyScope(Kind.BILAN, bilanId);
	}

	public static KeyScope operator(UUID operatorId) {
		return new KeyScope(Kind.OPERATOR, operatorId);
	}
}
