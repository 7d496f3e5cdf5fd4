/**
 * The demo installation and the bulk data generator: they sit on top of every other module and create
 * their data only through those modules' public services.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data and generator")
package be.balise.demo;
