package be.balise.instruments;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import be.balise.crypto.ContentCipher;
import be.balise.crypto.KeyScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** External test records; every text is encrypted under the bilan's key, bound to its row and column. */
@Repository
class ExternalTests {

	static final String TABLE = "external_test";

	private final JdbcClient jdbc;
	private final ContentCipher cipher;

	ExternalTests(JdbcClient jdbc, ContentCipher cipher) {
		this.jdbc = jdbc;
		this.cipher = cipher;
	}

	UUID add(UUID bilan, ExternalTestForm form, UUID reportFile, UUID author, Instant now) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into external_test (id, bilan_id, taken_on, name, publisher, test_version, administrator, scores,
				    shared_reading, report_file, created_by, created_at)
				values (:id, :bilan, :takenOn, :name, :publisher, :testVersion, :administrator, :scores, :reading, :report,
				    :author, :now)""")
				.param("id", id).param("bilan", bilan).param("takenOn", Date.valueOf(form.getTakenOn()))
				.param("name", seal(bilan, "name", id, form.getName()))
				.param("publisher", seal(bilan, "publisher", id, form.getPublisher()))
				.param("testVersion", seal(bilan, "test_version", id, form.getTestVersion()))
				.param("administrator", seal(bilan, "administrator", id, form.getAdministrator()))
				.param("scores", seal(bilan, "scores", id, form.getScores()))
				.param("reading", seal(bilan, "shared_reading", id, ""))
				.param("report", reportFile).param("author", author).param("now", Timestamp.from(now)).update();
		return id;
	}

	List<ExternalTest> list(UUID bilan) {
		return jdbc.sql("select * from external_test where bilan_id = :bilan order by taken_on desc, created_at desc")
				.param("bilan", bilan).query((rs, row) -> {
					UUID id = rs.getObject("id", UUID.class);
					return new ExternalTest(id, rs.getDate("taken_on").toLocalDate(), open(bilan, "name", id, rs.getBytes("name")),
							open(bilan, "publisher", id, rs.getBytes("publisher")),
							open(bilan, "test_version", id, rs.getBytes("test_version")),
							open(bilan, "administrator", id, rs.getBytes("administrator")),
							open(bilan, "scores", id, rs.getBytes("scores")),
							open(bilan, "shared_reading", id, rs.getBytes("shared_reading")), rs.getObject("report_file", UUID.class));
				}).list();
	}

	Optional<UUID> reportOf(UUID bilan, UUID test) {
		return jdbc.sql("select report_file from external_test where bilan_id = :bilan and id = :id and report_file is not null")
				.param("bilan", bilan).param("id", test).query(UUID.class).optional();
	}

	boolean exists(UUID bilan, UUID test) {
		return jdbc.sql("select count(*) from external_test where bilan_id = :bilan and id = :id")
				.param("bilan", bilan).param("id", test).query(Integer.class).single() == 1;
	}

	boolean saveReading(UUID bilan, UUID test, String text) {
		return jdbc.sql("update external_test set shared_reading = :text where bilan_id = :bilan and id = :id")
				.param("text", seal(bilan, "shared_reading", test, text)).param("bilan", bilan).param("id", test).update() == 1;
	}

	boolean delete(UUID bilan, UUID test) {
		return jdbc.sql("delete from external_test where bilan_id = :bilan and id = :id").param("bilan", bilan).param("id", test)
				.update() == 1;
	}

	List<UUID> reports(UUID bilan) {
		return jdbc.sql("select report_file from external_test where bilan_id = :bilan and report_file is not null")
				.param("bilan", bilan).query(UUID.class).list();
	}

	void deleteAll(UUID bilan) {
		jdbc.sql("delete from external_test where bilan_id = :bilan").param("bilan", bilan).update();
	}

	private byte[] seal(UUID bilan, String column, UUID row, String text) {
		return cipher.encryptString(KeyScope.bilan(bilan), text, ContentCipher.bindTo(TABLE + "." + column, row));
	}

	private String open(UUID bilan, String column, UUID row, byte[] sealed) {
		return sealed == null ? "" : cipher.decryptString(KeyScope.bilan(bilan), sealed, ContentCipher.bindTo(TABLE + "." + column, row));
	}
}
