package be.balise.request;

import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The reason code of each refused request (administration: a code of a fixed list, no content). */
@Repository
class RefusalReasons {

	private final JdbcClient jdbc;

	RefusalReasons(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void record(UUID bilanId, RefusalReason reason) {
		jdbc.sql("""
				insert into request_refusal (bilan_id, reason_code) values (:bilan, :code)
				on conflict (bilan_id) do update set reason_code = excluded.reason_code""")
				.param("bilan", bilanId).param("code", reason.name()).update();
	}

	Optional<RefusalReason> of(UUID bilanId) {
		return jdbc.sql("select reason_code from request_refusal where bilan_id = :bilan").param("bilan", bilanId)
				.query(String.class).optional().map(RefusalReason::valueOf);
	}
}
