package be.balise.instruments;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import be.balise.crypto.ContentCipher;
import be.balise.crypto.KeyScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Instrument assignments; answers, shared reading and comment are encrypted under the bilan's key. */
@Repository
class InstrumentAssignments {

	private static final JsonMapper JSON = JsonMapper.builder().build();
	private static final TypeReference<TreeMap<String, Integer>> ANSWERS = new TypeReference<>() {
	};
	private static final TypeReference<TreeMap<String, String>> TEXTS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;
	private final ContentCipher cipher;

	InstrumentAssignments(JdbcClient jdbc, ContentCipher cipher) {
		this.jdbc = jdbc;
		this.cipher = cipher;
	}

	UUID add(UUID bilan, ItemBank bank, Instant now) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into instrument_assignment (id, bilan_id, instrument, instrument_version, assigned_at)
				values (:id, :bilan, :instrument, :version, :now)""")
				.param("id", id).param("bilan", bilan).param("instrument", bank.id()).param("version", bank.version())
				.param("now", Timestamp.from(now)).update();
		return id;
	}

	List<AssignmentSummary> ofBilan(UUID bilan) {
		return jdbc.sql("""
				select id, instrument, instrument_version, assigned_at, submitted_at from instrument_assignment
				where bilan_id = :bilan order by assigned_at""")
				.param("bilan", bilan)
				.query((rs, row) -> new AssignmentSummary(rs.getObject("id", UUID.class), rs.getString("instrument"), rs.getInt("instrument_version"),
						rs.getTimestamp("assigned_at").toInstant(), instant(rs, "submitted_at")))
				.list();
	}

	/** The assignment with its content decrypted; callers have checked access and audited the read. */
	Optional<Assignment> find(UUID bilan, UUID id) {
		return jdbc.sql("select * from instrument_assignment where bilan_id = :bilan and id = :id")
				.param("bilan", bilan).param("id", id)
				.query((rs, row) -> new Assignment(id, bilan, rs.getString("instrument"), rs.getInt("instrument_version"),
						rs.getTimestamp("assigned_at").toInstant(), instant(rs, "submitted_at"),
						answers(bilan, id, rs.getBytes("answers")), text(bilan, id, "shared_reading", rs.getBytes("shared_reading")),
						text(bilan, id, "worker_comment", rs.getBytes("worker_comment")), rs.getBoolean("entered_together"),
						texts(bilan, id, rs.getBytes("text_answers"))))
				.optional();
	}

	/** Saves answers while the assignment is open; false when it is already submitted. */
	boolean saveAnswers(UUID bilan, UUID id, Map<String, Integer> answers, Map<String, String> texts, boolean together) {
		byte[] json = JSON.writeValueAsBytes(new TreeMap<>(answers));
		byte[] textJson = JSON.writeValueAsBytes(new TreeMap<>(texts));
		return jdbc.sql("""
				update instrument_assignment set answers = :answers, text_answers = :texts,
				entered_together = entered_together or :together, version = version + 1
				where bilan_id = :bilan and id = :id and submitted_at is null""")
				.param("answers", cipher.encrypt(KeyScope.bilan(bilan), json, ad(id, "answers"))).param("together", together)
				.param("texts", cipher.encrypt(KeyScope.bilan(bilan), textJson, ad(id, "text_answers")))
				.param("bilan", bilan).param("id", id).update() == 1;
	}

	boolean submit(UUID bilan, UUID id, Instant now) {
		return jdbc.sql("""
				update instrument_assignment set submitted_at = :now, version = version + 1
				where bilan_id = :bilan and id = :id and submitted_at is null""")
				.param("now", Timestamp.from(now)).param("bilan", bilan).param("id", id).update() == 1;
	}

	/** Writes the shared reading or the worker's comment; only once the answers are submitted. */
	boolean saveText(UUID bilan, UUID id, Column column, String text) {
		return jdbc.sql("update instrument_assignment set " + column.name + " = :text, version = version + 1"
				+ " where bilan_id = :bilan and id = :id and submitted_at is not null")
				.param("text", cipher.encrypt(KeyScope.bilan(bilan), text.getBytes(StandardCharsets.UTF_8), ad(id, column.name)))
				.param("bilan", bilan).param("id", id).update() == 1;
	}

	void destroyContent(UUID bilan) {
		jdbc.sql("""
				update instrument_assignment set answers = null, text_answers = null, shared_reading = null, worker_comment = null
				where bilan_id = :bilan""").param("bilan", bilan).update();
	}

	enum Column {
		SHARED_READING("shared_reading"), WORKER_COMMENT("worker_comment");

		private final String name;

		Column(String name) {
			this.name = name;
		}
	}

	private Map<String, Integer> answers(UUID bilan, UUID id, byte[] sealed) {
		if (sealed == null) {
			return Map.of();
		}
		return JSON.readValue(cipher.decrypt(KeyScope.bilan(bilan), sealed, ad(id, "answers")), ANSWERS);
	}

	private Map<String, String> texts(UUID bilan, UUID id, byte[] sealed) {
		if (sealed == null) {
			return Map.of();
		}
		return JSON.readValue(cipher.decrypt(KeyScope.bilan(bilan), sealed, ad(id, "text_answers")), TEXTS);
	}

	private String text(UUID bilan, UUID id, String column, byte[] sealed) {
		return sealed == null ? "" : new String(cipher.decrypt(KeyScope.bilan(bilan), sealed, ad(id, column)), StandardCharsets.UTF_8);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}

	/** Binds each ciphertext to its row and column, so that one cannot be moved into another. */
	private static byte[] ad(UUID id, String column) {
		return ContentCipher.bindTo("instrument_assignment." + column, id);
	}
}
