package be.balise.audit;

/** What an audit row records: a read of bilan content, or a change to it. */
public enum AuditKind {
	READ, CHANGE
}
