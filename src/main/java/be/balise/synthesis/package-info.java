/**
 * The co-written synthesis of a bilan (PRODUCT.md §2, conclusion): sections drafted by the counsellor, commented and
 * amended by the worker, every version kept and comparable word by word, validated by both and then frozen; the
 * action plan the worker keeps up to date after the bilan; the final PDF, for the worker alone; and the shares the
 * worker makes of it (one named recipient, an expiry, a code, revocable, each opening logged). Every text is
 * encrypted under the bilan's key and every read goes through the access policy and the audit.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Synthesis")
package be.balise.synthesis;
