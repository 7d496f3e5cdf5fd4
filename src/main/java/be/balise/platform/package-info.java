/**
 * Runtime underpinnings that belong to no business capability: the database (embedded or a server),
 * the clock, and scheduling that stays safe with several application instances.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform runtime")
package be.balise.platform;
