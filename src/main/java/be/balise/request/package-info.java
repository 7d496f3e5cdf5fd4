/**
 * The worker's request for a bilan, its evaluation against the rules of the scheme version, the fund's
 * decision (one by one or several at once, the worker told by e-mail) and the eligibility ledger that keeps,
 * under pseudonyms, the dates and hours that the frequency rules need.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Request and eligibility")
package be.balise.request;
