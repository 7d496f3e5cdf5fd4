package be.balise.casework;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which stored files are documents of which bilan; the files themselves are in the file store. */
@Repository
class Documents {

	static final String TABLE = "casework_document";

	private final JdbcClient jdbc;

	Documents(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(UUID file, UUID bilan, UUID uploadedBy, DocumentKind kind, Instant now) {
		jdbc.sql("""
				insert into casework_document (file_id, bilan_id, uploaded_by, kind, uploaded_at)
				values (:file, :bilan, :by, :kind, :now)""")
				.param("file", file).param("bilan", bilan).param("by", uploadedBy).param("kind", kind.name())
				.param("now", Timestamp.from(now)).update();
	}

	/** How many documents of each kind a bilan holds. */
	Map<String, Integer> kinds(UUID bilan) {
		Map<String, Integer> counts = new java.util.HashMap<>();
		jdbc.sql("select kind, count(*) as n from casework_document where bilan_id = :bilan group by kind")
				.param("bilan", bilan).query((rs, row) -> counts.put(rs.getString("kind"), rs.getInt("n"))).list();
		return counts;
	}

	/** File id to uploader, newest first. */
	List<Map<String, Object>> list(UUID bilan) {
		return jdbc.sql("select file_id, uploaded_by, uploaded_at, kind from casework_document where bilan_id = :bilan order by uploaded_at desc")
				.param("bilan", bilan).query().listOfRows();
	}

	boolean belongs(UUID bilan, UUID file) {
		return jdbc.sql("select count(*) from casework_document where bilan_id = :bilan and file_id = :file")
				.param("bilan", bilan).param("file", file).query(Long.class).single() == 1;
	}

	List<UUID> ids(UUID bilan) {
		return jdbc.sql("select file_id from casework_document where bilan_id = :bilan").param("bilan", bilan).query(UUID.class).list();
	}

	void deleteAll(UUID bilan) {
		jdbc.sql("delete from casework_document where bilan_id = :bilan").param("bilan", bilan).update();
	}
}
