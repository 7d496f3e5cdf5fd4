package be.balise.privacy;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Workers' requests to erase a bilan's content; one per bilan. */
@Repository
class ErasureRequests {

	/** One request: which bilan, whose, when. */
	record ErasureRequest(UUID bilanId, UUID workerId, Instant requestedAt) {
	}

	private final JdbcClient jdbc;

	ErasureRequests(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Records the request; false when this bilan's erasure was already asked for. */
	boolean insert(UUID bilan, UUID worker, Instant at) {
		return jdbc.sql("insert into erasure_request (bilan_id, worker_id, requested_at) values (:bilan, :worker, :at) "
				+ "on conflict (bilan_id) do nothing")
				.param("bilan", bilan).param("worker", worker).param("at", Timestamp.from(at)).update() == 1;
	}

	/** The most recent requests, newest first. */
	List<ErasureRequest> recent(int limit) {
		return jdbc.sql("select bilan_id, worker_id, requested_at from erasure_request order by requested_at desc, bilan_id limit :limit")
				.param("limit", limit)
				.query((rs, n) -> new ErasureRequest(rs.getObject("bilan_id", UUID.class), rs.getObject("worker_id", UUID.class),
						rs.getObject("requested_at", OffsetDateTime.class).toInstant()))
				.list();
	}

	boolean exists(UUID bilan) {
		return jdbc.sql("select count(*) from erasure_request where bilan_id = :bilan").param("bilan", bilan)
				.query(Long.class).single() > 0;
	}
}
