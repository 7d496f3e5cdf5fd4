/**
 * Schemes (dispositifs): who funds them, who they are for, and their rules, as versioned data rather than
 * code. This first version holds what the journey needs; the entry issue adds the full rule types.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Schemes")
package be.balise.scheme;
