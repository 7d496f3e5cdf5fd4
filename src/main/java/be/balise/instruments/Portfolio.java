package be.balise.instruments;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import be.balise.crypto.ContentCipher;
import be.balise.crypto.KeyScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Experiences and skills of the portfolio; their texts are encrypted under the bilan's key, bound to their row. */
@Repository
class Portfolio {

	static final String EXPERIENCES = "portfolio_experience";
	static final String SKILLS = "portfolio_skill";

	private final JdbcClient jdbc;
	private final ContentCipher cipher;

	Portfolio(JdbcClient jdbc, ContentCipher cipher) {
		this.jdbc = jdbc;
		this.cipher = cipher;
	}

	UUID addExperience(UUID bilan, ExperienceForm form, UUID author, Instant now) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into portfolio_experience (id, bilan_id, kind, started_on, ended_on, title, description, created_by, created_at)
				values (:id, :bilan, :kind, :started, :ended, :title, :description, :author, :now)""")
				.param("id", id).param("bilan", bilan).param("kind", form.getKind().name())
				.param("started", Date.valueOf(form.getStartedOn()))
				.param("ended", form.getEndedOn() == null ? null : Date.valueOf(form.getEndedOn()))
				.param("title", seal(bilan, EXPERIENCES + ".title", id, form.getTitle()))
				.param("description", seal(bilan, EXPERIENCES + ".description", id, form.getDescription()))
				.param("author", author).param("now", Timestamp.from(now)).update();
		return id;
	}

	boolean hasExperience(UUID bilan, UUID experience) {
		return jdbc.sql("select count(*) from portfolio_experience where bilan_id = :bilan and id = :id")
				.param("bilan", bilan).param("id", experience).query(Integer.class).single() == 1;
	}

	UUID addSkill(UUID bilan, SkillForm form, UUID author, Instant now) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into portfolio_skill (id, bilan_id, experience_id, name, level, nature, transferable, evidence, created_by, created_at)
				values (:id, :bilan, :experience, :name, :level, :nature, :transferable, :evidence, :author, :now)""")
				.param("id", id).param("bilan", bilan).param("experience", form.getExperience())
				.param("name", seal(bilan, SKILLS + ".name", id, form.getName())).param("level", form.getLevel())
				.param("nature", form.getNature().name()).param("transferable", form.isTransferable())
				.param("evidence", seal(bilan, SKILLS + ".evidence", id, form.getEvidence()))
				.param("author", author).param("now", Timestamp.from(now)).update();
		return id;
	}

	/** The experiences, most recent start first, each with its skills in the order they were added. */
	List<Experience> list(UUID bilan) {
		Map<UUID, List<Experience.Skill>> skills = jdbc.sql("select * from portfolio_skill where bilan_id = :bilan order by created_at, id")
				.param("bilan", bilan)
				.query((rs, row) -> {
					UUID id = rs.getObject("id", UUID.class);
					return new Experience.Skill(id, rs.getObject("experience_id", UUID.class),
							open(bilan, SKILLS + ".name", id, rs.getBytes("name")), rs.getInt("level"),
							SkillNature.valueOf(rs.getString("nature")), rs.getBoolean("transferable"),
							open(bilan, SKILLS + ".evidence", id, rs.getBytes("evidence")));
				}).list().stream().collect(Collectors.groupingBy(Experience.Skill::experienceId, Collectors.toList()));
		return jdbc.sql("select * from portfolio_experience where bilan_id = :bilan order by started_on desc, created_at desc")
				.param("bilan", bilan)
				.query((rs, row) -> {
					UUID id = rs.getObject("id", UUID.class);
					Date ended = rs.getDate("ended_on");
					return new Experience(id, ExperienceKind.valueOf(rs.getString("kind")), rs.getDate("started_on").toLocalDate(),
							ended == null ? null : ended.toLocalDate(), open(bilan, EXPERIENCES + ".title", id, rs.getBytes("title")),
							open(bilan, EXPERIENCES + ".description", id, rs.getBytes("description")),
							List.copyOf(skills.getOrDefault(id, new ArrayList<>())));
				}).list();
	}

	boolean deleteExperience(UUID bilan, UUID experience) {
		return jdbc.sql("delete from portfolio_experience where bilan_id = :bilan and id = :id")
				.param("bilan", bilan).param("id", experience).update() == 1;
	}

	boolean deleteSkill(UUID bilan, UUID skill) {
		return jdbc.sql("delete from portfolio_skill where bilan_id = :bilan and id = :id")
				.param("bilan", bilan).param("id", skill).update() == 1;
	}

	void deleteAll(UUID bilan) {
		jdbc.sql("delete from portfolio_skill where bilan_id = :bilan").param("bilan", bilan).update();
		jdbc.sql("delete from portfolio_experience where bilan_id = :bilan").param("bilan", bilan).update();
	}

	private byte[] seal(UUID bilan, String column, UUID row, String text) {
		return cipher.encryptString(KeyScope.bilan(bilan), text, ContentCipher.bindTo(column, row));
	}

	private String open(UUID bilan, String column, UUID row, byte[] sealed) {
		return sealed == null ? "" : cipher.decryptString(KeyScope.bilan(bilan), sealed, ContentCipher.bindTo(column, row));
	}

	static LocalDate today(Instant now) {
		return LocalDate.ofInstant(now, java.time.ZoneId.of("Europe/Brussels"));
	}
}
