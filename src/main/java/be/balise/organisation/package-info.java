/**
 * Funds and operators, who works for them (fund officers, operator admins, counsellors with their capacity and
 * languages), and the platform admin's and operator admin's home pages that keep them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organisation")
package be.balise.organisation;
