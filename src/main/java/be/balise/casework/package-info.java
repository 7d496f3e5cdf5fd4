/**
 * The counsellor's work with the worker during the bilan: session notes (counsellor only), objectives and
 * options written together, with the worker's comments. Every piece is encrypted under the bilan's key and
 * every read goes through the access policy and the audit.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Casework")
package be.balise.casework;
