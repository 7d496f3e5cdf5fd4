/**
 * Reference content (PRODUCT.md §5): the quality charter, the deontological guidelines, the counsellor's
 * competence framework and the lexicon of other schemes, each versioned in fr/nl/en and edited by fund officers;
 * and the referral helper, whose answer-to-scheme rules are data. Public texts only, never bilan content.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reference content")
package be.balise.reference;
