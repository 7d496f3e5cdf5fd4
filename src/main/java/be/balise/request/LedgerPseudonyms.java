package be.balise.request;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import be.balise.crypto.ContentCipher;
import be.balise.crypto.KeyScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Pseudonyms for the eligibility ledger: HMAC-SHA256 of an id under a secret of the ledger's own. The secret is
 * stored encrypted under a SYSTEM data key (so wrapped by the master key, which never lives in the database):
 * a database dump alone cannot tell whose entries the ledger holds, while Balise can still find a worker's.
 */
@Component
class LedgerPseudonyms {

	static final UUID SECRET_ID = UUID.fromString("5ec7e7a1-1ed6-4e00-8000-000000000001");
	private static final byte[] BINDING = ContentCipher.bindTo("eligibility_ledger_secret", SECRET_ID);

	private final JdbcClient jdbc;
	private final ContentCipher cipher;
	private final Clock clock;
	private volatile SecretKeySpec key;

	LedgerPseudonyms(JdbcClient jdbc, ContentCipher cipher, Clock clock) {
		this.jdbc = jdbc;
		this.cipher = cipher;
		this.clock = clock;
	}

	byte[] ofWorker(UUID accountId) {
		return hmac("worker:" + accountId);
	}

	byte[] ofBilan(UUID bilanId) {
		return hmac("bilan:" + bilanId);
	}

	private byte[] hmac(String input) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(key());
			return mac.doFinal(input.getBytes(StandardCharsets.UTF_8));
		} catch (GeneralSecurityException e) {
			throw new IllegalStateException("HMAC-SHA256 unavailable", e);
		}
	}

	/** Created on first use; a concurrent creation loses quietly and both read the one row kept. */
	private SecretKeySpec key() {
		if (key == null) {
			byte[] fresh = new byte[32];
			new SecureRandom().nextBytes(fresh);
			jdbc.sql("""
					insert into eligibility_ledger_secret (id, secret, created_at) values (:id, :secret, :now)
					on conflict (id) do nothing""")
					.param("id", SECRET_ID).param("secret", cipher.encrypt(KeyScope.system(SECRET_ID), fresh, BINDING))
					.param("now", Timestamp.from(clock.instant())).update();
			byte[] stored = jdbc.sql("select secret from eligibility_ledger_secret where id = :id")
					.param("id", SECRET_ID).query(byte[].class).single();
			key = new SecretKeySpec(cipher.decrypt(KeyScope.system(SECRET_ID), stored, BINDING), "HmacSHA256");
		}
		return key;
	}
}
