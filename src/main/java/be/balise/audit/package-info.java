/**
 * The audit log: every read of bilan content is written here, synchronously, before the content leaves
 * the application; a query API lets the worker see who opened their file.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package be.balise.audit;
