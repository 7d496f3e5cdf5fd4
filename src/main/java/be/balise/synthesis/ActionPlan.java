package be.balise.synthesis;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The actions of the plan, texts encrypted; reached only through {@link SynthesisService}. */
@Repository
class ActionPlan {

	static final String TABLE = "synthesis_action";

	private final JdbcClient jdbc;
	private final Sealing sealing;

	ActionPlan(JdbcClient jdbc, Sealing sealing) {
		this.jdbc = jdbc;
		this.sealing = sealing;
	}

	UUID insert(UUID bilan, ActionItem.ActionText text, LocalDate target, Instant now) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into synthesis_action (id, bilan_id, priority, body, target_date, status, status_changed_at, created_at)
				values (:id, :bilan, :priority, :body, :target, :status, :now, :now)""")
				.param("id", id).param("bilan", bilan).param("priority", text.priority())
				.param("body", sealing.sealJson(bilan, TABLE, id, text)).param("target", target == null ? null : Date.valueOf(target))
				.param("status", ActionStatus.PLANNED.name()).param("now", Timestamp.from(now)).update();
		return id;
	}

	/** Saves the texts only if nobody saved since {@code expectedVersion}. */
	boolean update(UUID bilan, UUID id, long expectedVersion, ActionItem.ActionText text, LocalDate target) {
		return jdbc.sql("""
				update synthesis_action set priority = :priority, body = :body, target_date = :target, version = version + 1
				where id = :id and bilan_id = :bilan and version = :version""")
				.param("priority", text.priority()).param("body", sealing.sealJson(bilan, TABLE, id, text))
				.param("target", target == null ? null : Date.valueOf(target)).param("id", id).param("bilan", bilan)
				.param("version", expectedVersion).update() == 1;
	}

	boolean setStatus(UUID bilan, UUID id, ActionStatus status, Instant now) {
		return jdbc.sql("""
				update synthesis_action set status = :status, status_changed_at = :now, version = version + 1
				where id = :id and bilan_id = :bilan""")
				.param("status", status.name()).param("now", Timestamp.from(now)).param("id", id).param("bilan", bilan)
				.update() == 1;
	}

	boolean delete(UUID bilan, UUID id) {
		return jdbc.sql("delete from synthesis_action where id = :id and bilan_id = :bilan").param("id", id).param("bilan", bilan)
				.update() == 1;
	}

	Optional<ActionItem> find(UUID bilan, UUID id) {
		return jdbc.sql("select * from synthesis_action where id = :id and bilan_id = :bilan").param("id", id).param("bilan", bilan)
				.query((rs, row) -> item(bilan, rs)).optional();
	}

	/** The actions by priority of their project, then by target date. */
	List<ActionItem> all(UUID bilan) {
		return jdbc.sql("select * from synthesis_action where bilan_id = :bilan order by priority, target_date nulls last, created_at")
				.param("bilan", bilan).query((rs, row) -> item(bilan, rs)).list();
	}

	void deleteAll(UUID bilan) {
		jdbc.sql("delete from synthesis_action where bilan_id = :bilan").param("bilan", bilan).update();
	}

	private ActionItem item(UUID bilan, java.sql.ResultSet rs) throws java.sql.SQLException {
		UUID id = rs.getObject("id", UUID.class);
		ActionItem.ActionText text = sealing.openJson(bilan, TABLE, id, rs.getBytes("body"), ActionItem.ActionText.class);
		Date target = rs.getDate("target_date");
		return new ActionItem(id, rs.getInt("priority"), text.project(), text.description(), text.firstStep(),
				target == null ? null : target.toLocalDate(), text.resources(), text.contacts(),
				ActionStatus.valueOf(rs.getString("status")), rs.getLong("version"));
	}
}
