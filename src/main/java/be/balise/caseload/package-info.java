/**
 * The counsellor's caseload: a read model of their bilans (state, phase, next session, hours, alerts) fed by the
 * events of assessment and planning, so the home page is one query whatever the number of bilans. Later modules
 * raise their own alerts through {@link be.balise.caseload.CaseloadAlerts}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Caseload")
package be.balise.caseload;
