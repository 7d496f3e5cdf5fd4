package be.balise.reference;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Versions of reference documents and lexicon schemes. A save inserts the next version; the primary key (kind or
 * code, version) makes two saves from the same version collide, so the second is refused (optimistic locking).
 */
@Repository
class ReferenceStore {

	private final JdbcClient jdbc;

	ReferenceStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	// --- documents ---------------------------------------------------------------------------------

	/** Inserts {@code version} of the document; false when that version exists already (someone saved first). */
	boolean insertDocument(DocumentKind kind, int version, Map<String, String> texts, UUID author, Instant at) {
		int inserted = jdbc.sql("""
				insert into reference_document (kind, version, author_id, saved_at) values (:kind, :version, :author, :at)
				on conflict do nothing""")
				.param("kind", kind.name()).param("version", version).param("author", author).param("at", Timestamp.from(at))
				.update();
		if (inserted == 0) {
			return false;
		}
		texts.forEach((language, body) -> jdbc.sql("""
				insert into reference_document_text (kind, version, language, body) values (:kind, :version, :language, :body)""")
				.param("kind", kind.name()).param("version", version).param("language", language).param("body", body).update());
		return true;
	}

	Optional<ReferenceDocument> currentDocument(DocumentKind kind) {
		return jdbc.sql("select max(version) from reference_document where kind = :kind").param("kind", kind.name())
				.query(Integer.class).optional().flatMap(version -> document(kind, version));
	}

	Optional<ReferenceDocument> document(DocumentKind kind, int version) {
		Map<String, String> texts = new HashMap<>();
		jdbc.sql("select language, body from reference_document_text where kind = :kind and version = :version")
				.param("kind", kind.name()).param("version", version)
				.query(rs -> {
					texts.put(rs.getString("language"), rs.getString("body"));
				});
		return jdbc.sql("select author_id, saved_at from reference_document where kind = :kind and version = :version")
				.param("kind", kind.name()).param("version", version)
				.query((rs, row) -> new ReferenceDocument(kind, version, texts, rs.getObject("author_id", UUID.class),
						rs.getTimestamp("saved_at").toInstant()))
				.optional();
	}

	/** Every version, newest first, without texts. */
	List<VersionEntry> documentHistory(DocumentKind kind) {
		return jdbc.sql("select version, author_id, saved_at from reference_document where kind = :kind order by version desc")
				.param("kind", kind.name())
				.query((rs, row) -> new VersionEntry(rs.getInt("version"), rs.getObject("author_id", UUID.class),
						rs.getTimestamp("saved_at").toInstant()))
				.list();
	}

	boolean hasDocument(DocumentKind kind) {
		return jdbc.sql("select count(*) from reference_document where kind = :kind").param("kind", kind.name())
				.query(Integer.class).single() > 0;
	}

	// --- lexicon -----------------------------------------------------------------------------------

	boolean insertScheme(LexiconScheme scheme) {
		int inserted = jdbc.sql("""
				insert into lexicon_scheme (code, version, position, initiators, results_to, employer_involved, purpose,
				    author_id, saved_at)
				values (:code, :version, :position, :initiators, :resultsTo, :employer, :purpose, :author, :at)
				on conflict do nothing""")
				.param("code", scheme.code()).param("version", scheme.version()).param("position", scheme.position())
				.param("initiators", join(scheme.initiators())).param("resultsTo", join(scheme.resultsTo()))
				.param("employer", scheme.employerInvolved()).param("purpose", scheme.purpose().name())
				.param("author", scheme.authorId()).param("at", Timestamp.from(scheme.savedAt()))
				.update();
		if (inserted == 0) {
			return false;
		}
		scheme.texts().forEach((language, text) -> jdbc.sql("""
				insert into lexicon_scheme_text (code, version, language, name, description, situations, contact)
				values (:code, :version, :language, :name, :description, :situations, :contact)""")
				.param("code", scheme.code()).param("version", scheme.version()).param("language", language)
				.param("name", text.name()).param("description", text.description())
				.param("situations", text.situations()).param("contact", text.contact())
				.update());
		return true;
	}

	boolean hasScheme(String code) {
		return jdbc.sql("select count(*) from lexicon_scheme where code = :code").param("code", code)
				.query(Integer.class).single() > 0;
	}

	/** The current version of every scheme, in lexicon order. */
	List<LexiconScheme> currentSchemes() {
		return schemes("""
				select s.* from lexicon_scheme s
				where s.version = (select max(version) from lexicon_scheme c where c.code = s.code)
				order by s.position, s.code""", Map.of());
	}

	Optional<LexiconScheme> currentScheme(String code) {
		return schemes("""
				select * from lexicon_scheme where code = :code
				and version = (select max(version) from lexicon_scheme where code = :code)""", Map.of("code", code))
				.stream().findFirst();
	}

	Optional<LexiconScheme> scheme(String code, int version) {
		return schemes("select * from lexicon_scheme where code = :code and version = :version",
				Map.of("code", code, "version", version)).stream().findFirst();
	}

	List<VersionEntry> schemeHistory(String code) {
		return jdbc.sql("select version, author_id, saved_at from lexicon_scheme where code = :code order by version desc")
				.param("code", code)
				.query((rs, row) -> new VersionEntry(rs.getInt("version"), rs.getObject("author_id", UUID.class),
						rs.getTimestamp("saved_at").toInstant()))
				.list();
	}

	private List<LexiconScheme> schemes(String sql, Map<String, Object> params) {
		record Head(String code, int version, int position, String initiators, String resultsTo, boolean employer,
				String purpose, UUID author, Instant at) {
		}
		List<Head> heads = jdbc.sql(sql).params(params).query((rs, row) -> new Head(rs.getString("code"), rs.getInt("version"),
				rs.getInt("position"), rs.getString("initiators"), rs.getString("results_to"), rs.getBoolean("employer_involved"),
				rs.getString("purpose"), rs.getObject("author_id", UUID.class), rs.getTimestamp("saved_at").toInstant())).list();
		Map<String, Map<String, LexiconText>> texts = new LinkedHashMap<>();
		if (!heads.isEmpty()) {
			jdbc.sql("select t.* from lexicon_scheme_text t join (" + sql + ") h using (code, version)").params(params)
					.query(rs -> {
						texts.computeIfAbsent(rs.getString("code") + "@" + rs.getInt("version"), key -> new HashMap<>())
								.put(rs.getString("language"), new LexiconText(rs.getString("name"), rs.getString("description"),
										rs.getString("situations"), rs.getString("contact")));
					});
		}
		return heads.stream().map(head -> new LexiconScheme(head.code(), head.version(), head.position(),
				parties(head.initiators()), parties(head.resultsTo()), head.employer(), Purpose.valueOf(head.purpose()),
				texts.getOrDefault(head.code() + "@" + head.version(), Map.of()), head.author(), head.at())).toList();
	}

	private static String join(Set<Party> parties) {
		return parties.stream().sorted().map(Party::name).collect(Collectors.joining(","));
	}

	private static Set<Party> parties(String joined) {
		Set<Party> parties = EnumSet.noneOf(Party.class);
		Arrays.stream(joined.split(",")).filter(s -> !s.isBlank()).map(Party::valueOf).forEach(parties::add);
		return parties;
	}
}
