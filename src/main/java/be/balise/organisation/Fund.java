package be.balise.organisation;

/** A fund that pays for bilans (for instance APEF or FE.BI); {@code shortName} is what lists show. */
public record Fund(FundId id, String name, String shortName) {
}
