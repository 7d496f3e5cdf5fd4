/**
 * Accounts, roles, sign-in and the one authorization table that says which role may call which route.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package be.balise.identity;
