/**
 * The worker's request for a bilan and the fund's decision on it. This first version holds what the journey
 * needs; the entry issue adds the rule evaluation, the decision queue's filters and the eligibility ledger.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Request and eligibility")
package be.balise.request;
