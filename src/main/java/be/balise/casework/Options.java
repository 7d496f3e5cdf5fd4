package be.balise.casework;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Options (pistes), each text encrypted and bound to its column and row; reached only through {@link OptionService}. */
@Repository
class Options {

	static final String TABLE = "casework_option";
	private static final String COLUMNS = "id, description, pros, cons, realism, missing, rank, dropped_reason, updated_at, version";

	private final JdbcClient jdbc;
	private final Sealing sealing;

	Options(JdbcClient jdbc, Sealing sealing) {
		this.jdbc = jdbc;
		this.sealing = sealing;
	}

	UUID insert(UUID bilan, OptionText text, Instant now) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into casework_option (id, bilan_id, description, pros, cons, realism, missing, rank, created_at, updated_at)
				values (:id, :bilan, :description, :pros, :cons, :realism, :missing,
				    (select coalesce(max(rank), 0) + 1 from casework_option where bilan_id = :bilan), :now, :now)""")
				.param("id", id).param("bilan", bilan).params(sealed(bilan, id, text)).param("now", Timestamp.from(now)).update();
		return id;
	}

	/** Saves the texts only if nobody saved since {@code expectedVersion}. */
	boolean update(UUID bilan, UUID id, long expectedVersion, OptionText text, Instant now) {
		return jdbc.sql("""
				update casework_option set description = :description, pros = :pros, cons = :cons, realism = :realism,
				    missing = :missing, updated_at = :now, version = version + 1
				where id = :id and bilan_id = :bilan and version = :version""")
				.params(sealed(bilan, id, text)).param("now", Timestamp.from(now)).param("id", id).param("bilan", bilan)
				.param("version", expectedVersion).update() == 1;
	}

	/** Swaps the rank of this option with its open neighbour above ({@code up}) or below; false at either end. */
	boolean move(UUID bilan, UUID id, boolean up) {
		List<UUID> ranked = jdbc.sql("""
				select id from casework_option where bilan_id = :bilan and dropped_at is null order by rank, id for update""")
				.param("bilan", bilan).query(UUID.class).list();
		int at = ranked.indexOf(id);
		int to = up ? at - 1 : at + 1;
		if (at < 0 || to < 0 || to >= ranked.size()) {
			return false;
		}
		UUID other = ranked.get(to);
		jdbc.sql("""
				update casework_option c set rank = o.rank from casework_option o
				where c.bilan_id = :bilan and o.bilan_id = :bilan
				  and ((c.id = :a and o.id = :b) or (c.id = :b and o.id = :a))""")
				.param("bilan", bilan).param("a", id).param("b", other).update();
		return true;
	}

	boolean drop(UUID bilan, UUID id, String reason, Instant now) {
		return jdbc.sql("""
				update casework_option set dropped_reason = :reason, dropped_at = :now, version = version + 1
				where id = :id and bilan_id = :bilan and dropped_at is null""")
				.param("reason", sealing.seal(bilan, TABLE + ".dropped_reason", id, reason)).param("now", Timestamp.from(now))
				.param("id", id).param("bilan", bilan).update() == 1;
	}

	Optional<PathOption> find(UUID bilan, UUID id) {
		return jdbc.sql("select " + COLUMNS + " from casework_option where id = :id and bilan_id = :bilan")
				.param("id", id).param("bilan", bilan).query((rs, row) -> opened(bilan, rs)).optional();
	}

	/** Open options by rank, then dropped ones. */
	List<PathOption> open(UUID bilan) {
		return jdbc.sql("select " + COLUMNS + " from casework_option where bilan_id = :bilan order by dropped_at is not null, rank, id")
				.param("bilan", bilan).query((rs, row) -> opened(bilan, rs)).list();
	}

	void deleteAll(UUID bilan) {
		jdbc.sql("delete from casework_option where bilan_id = :bilan").param("bilan", bilan).update();
	}

	private java.util.Map<String, Object> sealed(UUID bilan, UUID id, OptionText text) {
		var values = new java.util.HashMap<String, Object>();
		for (int i = 0; i < OptionForm.FIELDS.length; i++) {
			String column = OptionForm.FIELDS[i];
			values.put(column, sealing.seal(bilan, TABLE + "." + column, id, text.values().get(i)));
		}
		return values;
	}

	private PathOption opened(UUID bilan, ResultSet rs) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		String[] texts = new String[OptionForm.FIELDS.length];
		for (int i = 0; i < texts.length; i++) {
			texts[i] = sealing.open(bilan, TABLE + "." + OptionForm.FIELDS[i], id, rs.getBytes(OptionForm.FIELDS[i]));
		}
		byte[] reason = rs.getBytes("dropped_reason");
		return new PathOption(id, new OptionText(texts[0], texts[1], texts[2], texts[3], texts[4]), rs.getInt("rank"),
				reason == null ? null : sealing.open(bilan, TABLE + ".dropped_reason", id, reason),
				rs.getTimestamp("updated_at").toInstant(), rs.getLong("version"));
	}
}
