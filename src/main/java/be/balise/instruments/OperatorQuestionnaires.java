package be.balise.instruments;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Operators' questionnaires: the draft as JSON and each published version as an item bank in JSON. */
@Repository
class OperatorQuestionnaires {

	static final String CODE_PREFIX = "op-";
	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	OperatorQuestionnaires(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	UUID create(UUID operator, QuestionnaireDraft draft, Instant now) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into operator_questionnaire (id, operator_id, code, draft, created_at, updated_at)
				values (:id, :operator, :code, :draft, :now, :now)""")
				.param("id", id).param("operator", operator).param("code", CODE_PREFIX + id)
				.param("draft", JSON.writeValueAsString(draft)).param("now", Timestamp.from(now)).update();
		return id;
	}

	List<QuestionnaireRow> ofOperators(List<UUID> operators) {
		if (operators.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select q.*, o.name as operator_name from operator_questionnaire q join operator o on o.id = q.operator_id where q.operator_id in (:operators) order by q.created_at")
				.param("operators", operators).query((rs, row) -> row(rs)).list();
	}

	Optional<QuestionnaireRow> find(UUID id) {
		return jdbc.sql("select q.*, o.name as operator_name from operator_questionnaire q join operator o on o.id = q.operator_id where q.id = :id").param("id", id).query((rs, row) -> row(rs)).optional();
	}

	void saveDraft(UUID id, QuestionnaireDraft draft, Instant now) {
		jdbc.sql("update operator_questionnaire set draft = :draft, updated_at = :now where id = :id")
				.param("draft", JSON.writeValueAsString(draft)).param("now", Timestamp.from(now)).param("id", id).update();
	}

	void publish(UUID id, ItemBank bank, Instant now) {
		jdbc.sql("insert into operator_questionnaire_version (questionnaire_id, version, bank, published_at) values (:id, :version, :bank, :now)")
				.param("id", id).param("version", bank.version()).param("bank", JSON.writeValueAsString(bank))
				.param("now", Timestamp.from(now)).update();
		jdbc.sql("update operator_questionnaire set published = :version, updated_at = :now where id = :id")
				.param("version", bank.version()).param("now", Timestamp.from(now)).param("id", id).update();
	}

	/** A published version by its code, e.g. {@code op-<uuid>}. */
	Optional<ItemBank> version(String code, int version) {
		return jdbc.sql("""
				select v.bank from operator_questionnaire_version v join operator_questionnaire q on q.id = v.questionnaire_id
				where q.code = :code and v.version = :version""")
				.param("code", code).param("version", version).query(String.class).optional()
				.map(json -> JSON.readValue(json, ItemBank.class));
	}

	/** The latest published version of each of the operator's questionnaires. */
	List<ItemBank> latestPublished(UUID operator) {
		return jdbc.sql("""
				select v.bank from operator_questionnaire q
				join operator_questionnaire_version v on v.questionnaire_id = q.id and v.version = q.published
				where q.operator_id = :operator order by q.created_at""")
				.param("operator", operator).query(String.class).list().stream()
				.map(json -> JSON.readValue(json, ItemBank.class)).toList();
	}

	private static QuestionnaireRow row(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new QuestionnaireRow(rs.getObject("id", UUID.class), rs.getObject("operator_id", UUID.class),
				rs.getString("operator_name"), rs.getString("code"),
				JSON.readValue(rs.getString("draft"), QuestionnaireDraft.class), rs.getInt("published"));
	}
}
