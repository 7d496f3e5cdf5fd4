package be.balise.identity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code absoluteSessionTimeout}: how long a sign-in lasts however active the person is (the idle timeout
 * is {@code spring.session.timeout}). {@code publicUrl}: the address of Balise that e-mailed links point to;
 * taken from configuration, never from the request, so a forged Host header cannot redirect a reset link.
 */
@ConfigurationProperties("balise.identity")
record IdentityProperties(Duration absoluteSessionTimeout, String publicUrl) {

	IdentityProperties {
		absoluteSessionTimeout = absoluteSessionTimeout == null ? Duration.ofHours(12) : absoluteSessionTimeout;
		publicUrl = publicUrl == null || publicUrl.isBlank() ? "http://localhost:8080" : publicUrl.replaceAll("/+$", "");
	}
}
