/**
 * After the conclusion: the worker's appraisal of the service (scores kept apart from the worker, free comments
 * as content of the bilan), the follow-up interviews with their reminders, the worker's self-assessment and the
 * counsellor's record, referrals at follow-up, the closing note, and the worker's agreement to keep content
 * longer after closure (which the privacy module's retention job honours through {@link RetentionExtensions}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Follow-up (appraisal, interviews, closure)")
package be.balise.followup;
