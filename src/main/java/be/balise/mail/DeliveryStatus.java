package be.balise.mail;

/** Where a queued message stands: waiting (maybe after failed attempts), sent, or given up. */
public enum DeliveryStatus {
	PENDING, SENT, FAILED
}
