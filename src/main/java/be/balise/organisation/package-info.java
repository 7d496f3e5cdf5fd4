/**
 * Funds and operators, and who works for them: fund officers, operator admins and counsellors with their
 * capacity and languages.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organisations")
package be.balise.organisation;
