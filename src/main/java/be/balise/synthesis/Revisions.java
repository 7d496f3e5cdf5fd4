package be.balise.synthesis;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Revisions of the synthesis, comments on its sections and the worker's choice of instrument results; encrypted. */
@Repository
class Revisions {

	static final String TABLE = "synthesis_revision";
	static final String COMMENTS = "synthesis_comment";
	static final String CHOICES = "synthesis_instrument_choice";

	/** What a revision's body holds (JSON, encrypted). */
	record Body(Map<Section, String> sections, List<Revision.SnapshotAction> actions) {
	}

	private final JdbcClient jdbc;
	private final Sealing sealing;

	Revisions(JdbcClient jdbc, Sealing sealing) {
		this.jdbc = jdbc;
		this.sealing = sealing;
	}

	/** The number of the latest revision, 0 when there is none. */
	int latestNumber(UUID bilan) {
		return jdbc.sql("select coalesce(max(number), 0) from synthesis_revision where bilan_id = :bilan").param("bilan", bilan)
				.query(Integer.class).single();
	}

	/** Saves revision {@code number}; false when someone else saved that number first. */
	boolean insert(UUID bilan, int number, Body body, UUID author, Instant now) {
		UUID id = UUID.randomUUID();
		return jdbc.sql("""
				insert into synthesis_revision (id, bilan_id, number, body, author_id, saved_at)
				values (:id, :bilan, :number, :body, :author, :now) on conflict (bilan_id, number) do nothing""")
				.param("id", id).param("bilan", bilan).param("number", number)
				.param("body", sealing.sealJson(bilan, TABLE, id, body)).param("author", author)
				.param("now", Timestamp.from(now)).update() == 1;
	}

	Optional<Revision> find(UUID bilan, int number) {
		return jdbc.sql("select * from synthesis_revision where bilan_id = :bilan and number = :number")
				.param("bilan", bilan).param("number", number).query((rs, row) -> revision(bilan, rs)).optional();
	}

	/** Every revision, oldest first. */
	List<Revision> all(UUID bilan) {
		return jdbc.sql("select * from synthesis_revision where bilan_id = :bilan order by number").param("bilan", bilan)
				.query((rs, row) -> revision(bilan, rs)).list();
	}

	/** The numbers with their dates and validations, without decrypting anything. */
	List<RevisionInfo> infos(UUID bilan) {
		return jdbc.sql("""
				select number, author_id, saved_at, counsellor_validated_at, worker_validated_at from synthesis_revision
				where bilan_id = :bilan order by number desc""").param("bilan", bilan)
				.query((rs, row) -> new RevisionInfo(rs.getInt("number"), rs.getObject("author_id", UUID.class),
						rs.getTimestamp("saved_at").toInstant(), instant(rs.getTimestamp("counsellor_validated_at")),
						instant(rs.getTimestamp("worker_validated_at")))).list();
	}

	/** The latest revision both validated, if any. */
	Optional<Integer> latestValidated(UUID bilan) {
		return jdbc.sql("""
				select max(number) from synthesis_revision where bilan_id = :bilan
				and counsellor_validated_at is not null and worker_validated_at is not null""")
				.param("bilan", bilan).query(Integer.class).optional();
	}

	/** Records one side's validation of the latest revision {@code number}; false when it is no longer the latest. */
	boolean validate(UUID bilan, int number, boolean counsellor, Instant now) {
		String column = counsellor ? "counsellor_validated_at" : "worker_validated_at";
		return jdbc.sql("update synthesis_revision set " + column + " = coalesce(" + column + ", :now) "
				+ "where bilan_id = :bilan and number = :number "
				+ "and number = (select max(number) from synthesis_revision where bilan_id = :bilan)")
				.param("now", Timestamp.from(now)).param("bilan", bilan).param("number", number).update() == 1;
	}

	void insertComment(UUID bilan, Section section, int revision, UUID author, String text, Instant now) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into synthesis_comment (id, bilan_id, section, revision_number, author_id, body, written_at)
				values (:id, :bilan, :section, :revision, :author, :body, :now)""")
				.param("id", id).param("bilan", bilan).param("section", section.name()).param("revision", revision)
				.param("author", author).param("body", sealing.seal(bilan, COMMENTS, id, text)).param("now", Timestamp.from(now))
				.update();
	}

	List<SynthesisComment> comments(UUID bilan) {
		return jdbc.sql("select * from synthesis_comment where bilan_id = :bilan order by written_at, id").param("bilan", bilan)
				.query((rs, row) -> {
					UUID id = rs.getObject("id", UUID.class);
					return new SynthesisComment(id, Section.valueOf(rs.getString("section")), rs.getInt("revision_number"),
							rs.getObject("author_id", UUID.class), sealing.open(bilan, COMMENTS, id, rs.getBytes("body")),
							rs.getTimestamp("written_at").toInstant());
				}).list();
	}

	void choose(UUID bilan, UUID assignment, boolean included, Instant now) {
		if (included) {
			jdbc.sql("""
					insert into synthesis_instrument_choice (bilan_id, assignment_id, chosen_at) values (:bilan, :assignment, :now)
					on conflict do nothing""").param("bilan", bilan).param("assignment", assignment)
					.param("now", Timestamp.from(now)).update();
		} else {
			jdbc.sql("delete from synthesis_instrument_choice where bilan_id = :bilan and assignment_id = :assignment")
					.param("bilan", bilan).param("assignment", assignment).update();
		}
	}

	List<UUID> chosen(UUID bilan) {
		return jdbc.sql("select assignment_id from synthesis_instrument_choice where bilan_id = :bilan order by chosen_at")
				.param("bilan", bilan).query(UUID.class).list();
	}

	void deleteAll(UUID bilan) {
		jdbc.sql("delete from synthesis_comment where bilan_id = :bilan").param("bilan", bilan).update();
		jdbc.sql("delete from synthesis_instrument_choice where bilan_id = :bilan").param("bilan", bilan).update();
		jdbc.sql("delete from synthesis_revision where bilan_id = :bilan").param("bilan", bilan).update();
	}

	private Revision revision(UUID bilan, java.sql.ResultSet rs) throws java.sql.SQLException {
		UUID id = rs.getObject("id", UUID.class);
		Body body = sealing.openJson(bilan, TABLE, id, rs.getBytes("body"), Body.class);
		Map<Section, String> sections = new EnumMap<>(Section.class);
		if (body.sections() != null) {
			sections.putAll(body.sections());
		}
		return new Revision(rs.getInt("number"), sections, body.actions() == null ? List.of() : body.actions(),
				rs.getObject("author_id", UUID.class), rs.getTimestamp("saved_at").toInstant(),
				instant(rs.getTimestamp("counsellor_validated_at")), instant(rs.getTimestamp("worker_validated_at")));
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}
}
