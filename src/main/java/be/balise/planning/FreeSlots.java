package be.balise.planning;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Counsellors' free slots. */
@Repository
class FreeSlots {

	private static final String COLUMNS = "id, counsellor_id, starts_at, duration_minutes, modality, bilan_id, session_id";

	private final JdbcClient jdbc;

	FreeSlots(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void add(UUID id, UUID counsellor, Instant startsAt, int durationMinutes, Modality modality, Instant now) {
		jdbc.sql("""
				insert into free_slot (id, counsellor_id, starts_at, duration_minutes, modality, created_at)
				values (:id, :counsellor, :starts, :minutes, :modality, :now)""")
				.param("id", id).param("counsellor", counsellor).param("starts", Timestamp.from(startsAt))
				.param("minutes", durationMinutes).param("modality", modality.name()).param("now", Timestamp.from(now))
				.update();
	}

	/** The counsellor's slots from {@code from} on, taken or not. */
	List<FreeSlot> ofCounsellor(UUID counsellor, Instant from) {
		return jdbc.sql("select " + COLUMNS + " from free_slot where counsellor_id = :counsellor and starts_at >= :from order by starts_at")
				.param("counsellor", counsellor).param("from", Timestamp.from(from)).query(FreeSlots::slot).list();
	}

	/** The counsellor's slots still free from {@code from} on. */
	List<FreeSlot> freeOf(UUID counsellor, Instant from) {
		return jdbc.sql("select " + COLUMNS + """
				 from free_slot where counsellor_id = :counsellor and bilan_id is null and starts_at >= :from
				order by starts_at""")
				.param("counsellor", counsellor).param("from", Timestamp.from(from)).query(FreeSlots::slot).list();
	}

	Optional<FreeSlot> find(UUID slot) {
		return jdbc.sql("select " + COLUMNS + " from free_slot where id = :id").param("id", slot).query(FreeSlots::slot)
				.optional();
	}

	/**
	 * Takes a free slot of this counsellor for a bilan: true for exactly one caller. A concurrent taker waits on
	 * the row lock, then finds the slot taken and changes nothing.
	 */
	boolean take(UUID slot, UUID counsellor, UUID bilan, Instant now) {
		return jdbc.sql("""
				update free_slot set bilan_id = :bilan, taken_at = :now
				where id = :id and counsellor_id = :counsellor and bilan_id is null and starts_at > :now""")
				.param("bilan", bilan).param("now", Timestamp.from(now)).param("id", slot).param("counsellor", counsellor)
				.update() == 1;
	}

	void linkSession(UUID slot, UUID session) {
		jdbc.sql("update free_slot set session_id = :session where id = :id").param("session", session).param("id", slot)
				.update();
	}

	/** Withdraws a slot nobody took; only its counsellor can. */
	boolean withdraw(UUID slot, UUID counsellor) {
		return jdbc.sql("delete from free_slot where id = :id and counsellor_id = :counsellor and bilan_id is null")
				.param("id", slot).param("counsellor", counsellor).update() == 1;
	}

	private static FreeSlot slot(ResultSet rs, int row) throws SQLException {
		return new FreeSlot(rs.getObject("id", UUID.class), rs.getObject("counsellor_id", UUID.class),
				rs.getTimestamp("starts_at").toInstant(), rs.getInt("duration_minutes"), Modality.valueOf(rs.getString("modality")),
				rs.getObject("bilan_id", UUID.class), rs.getObject("session_id", UUID.class));
	}
}
