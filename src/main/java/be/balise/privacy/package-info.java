/**
 * The worker's own data: who opened their file (the access log), the export of everything held about them, and
 * the retention job that destroys a bilan's content when its scheme's retention period has ended.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Privacy (the worker's data)")
package be.balise.privacy;
