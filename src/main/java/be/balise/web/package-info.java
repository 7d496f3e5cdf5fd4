/**
 * The frame every page shares: layout, design system, language switch, error pages and the home page
 * that sends each person to the place of their role. No feature pages live here.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web frame")
package be.balise.web;
