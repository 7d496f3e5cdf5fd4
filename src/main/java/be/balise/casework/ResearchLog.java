package be.balise.casework;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Research entries, encrypted; reached only through {@link ResearchService}. */
@Repository
class ResearchLog {

	static final String TABLE = "casework_research";

	private final JdbcClient jdbc;
	private final Sealing sealing;

	ResearchLog(JdbcClient jdbc, Sealing sealing) {
		this.jdbc = jdbc;
		this.sealing = sealing;
	}

	UUID insert(UUID bilan, UUID author, ResearchForm form, Instant now) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into casework_research (id, bilan_id, category, title, link, summary, happened_on, author_id, created_at)
				values (:id, :bilan, :category, :title, :link, :summary, :on, :author, :now)""")
				.param("id", id).param("bilan", bilan).param("category", form.getCategory().name())
				.param("title", sealing.seal(bilan, TABLE + ".title", id, form.getTitle()))
				.param("link", sealing.seal(bilan, TABLE + ".link", id, form.getLink()))
				.param("summary", sealing.seal(bilan, TABLE + ".summary", id, form.getSummary()))
				.param("on", Date.valueOf(form.getHappenedOn())).param("author", author).param("now", Timestamp.from(now)).update();
		return id;
	}

	/** Newest first. */
	List<ResearchEntry> open(UUID bilan) {
		return jdbc.sql("""
				select id, category, title, link, summary, happened_on, author_id from casework_research
				where bilan_id = :bilan order by happened_on desc, created_at desc""")
				.param("bilan", bilan)
				.query((rs, row) -> {
					UUID id = rs.getObject("id", UUID.class);
					return new ResearchEntry(id, ResearchCategory.valueOf(rs.getString("category")),
							sealing.open(bilan, TABLE + ".title", id, rs.getBytes("title")),
							sealing.open(bilan, TABLE + ".link", id, rs.getBytes("link")),
							sealing.open(bilan, TABLE + ".summary", id, rs.getBytes("summary")),
							rs.getDate("happened_on").toLocalDate(), rs.getObject("author_id", UUID.class));
				}).list();
	}

	void deleteAll(UUID bilan) {
		jdbc.sql("delete from casework_research where bilan_id = :bilan").param("bilan", bilan).update();
	}
}
