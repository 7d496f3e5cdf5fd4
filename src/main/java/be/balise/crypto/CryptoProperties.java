package be.balise.crypto;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the master key lives. {@code previousMasterKeyFile} is set only while rotating the master key;
 * {@code demoMasterKeyFile} is where the demo profile keeps the key it generates.
 */
@ConfigurationProperties("balise.crypto")
record CryptoProperties(String masterKeyFile, String previousMasterKeyFile, String demoMasterKeyFile) {

	CryptoProperties {
		demoMasterKeyFile = isBlank(demoMasterKeyFile) ? "data/master-key" : demoMasterKeyFile;
	}

	static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}
}
