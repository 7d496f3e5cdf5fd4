package be.balise.planning;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The encrypted places of sessions. */
@Repository
class SessionPlaces {

	private final JdbcClient jdbc;

	SessionPlaces(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void save(UUID session, UUID bilan, byte[] ciphertext) {
		jdbc.sql("""
				insert into session_place (session_id, bilan_id, ciphertext) values (:session, :bilan, :cipher)
				on conflict (session_id) do update set ciphertext = excluded.ciphertext""")
				.param("session", session).param("bilan", bilan).param("cipher", ciphertext).update();
	}

	/** Ciphertexts by session id, for one bilan. */
	Map<UUID, byte[]> ofBilan(UUID bilan) {
		Map<UUID, byte[]> places = new HashMap<>();
		jdbc.sql("select session_id, ciphertext from session_place where bilan_id = :bilan").param("bilan", bilan)
				.query(rs -> {
					places.put(rs.getObject("session_id", UUID.class), rs.getBytes("ciphertext"));
				});
		return places;
	}

	int deleteOfBilan(UUID bilan) {
		return jdbc.sql("delete from session_place where bilan_id = :bilan").param("bilan", bilan).update();
	}
}
