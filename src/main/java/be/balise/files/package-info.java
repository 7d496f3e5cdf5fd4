/**
 * Files and PDF: uploads checked on their content and size and stored encrypted, downloads served as
 * attachments, HTML to PDF with an embedded font, and server-rendered SVG charts.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Files and PDF")
package be.balise.files;
