/**
 * Schemes (dispositifs): who funds them, who they are for, and their rules, as versioned data rather than
 * code: each scheme row is one version, with its rules of known types and JSON parameters, and a pure
 * evaluator that checks a request's facts against them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Schemes")
package be.balise.scheme;
