package be.balise.crypto;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/** Loads the master key at startup: a missing or unreadable key stops the application with a clear message. */
@Configuration(proxyBeanMethods = false)
class MasterKeyConfiguration {

	@Bean
	MasterKeys masterKeys(CryptoProperties properties, Environment environment) {
		return MasterKeys.load(properties, environment.acceptsProfiles(Profiles.of("demo")));
	}
}
