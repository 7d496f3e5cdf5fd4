package be.balise.organisation;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import be.balise.identity.AccountId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The operators and their profile. */
@Repository
class Operators {

	private static final String SELECT = """
			select o.id, o.name, o.regions, o.languages, o.modalities, o.capacity, o.contact_email, o.contact_phone
			from operator o
			""";

	private final JdbcClient jdbc;

	Operators(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(OperatorId id, OperatorProfile profile, Instant now) {
		jdbc.sql("""
				insert into operator (id, name, regions, languages, modalities, capacity, contact_email, contact_phone, created_at)
				values (:id, :name, :regions, :languages, :modalities, :capacity, :email, :phone, :now)""")
				.param("id", id.value()).param("name", profile.name())
				.param("regions", codes(profile.regions())).param("languages", codes(profile.languages()))
				.param("modalities", codes(profile.modalities())).param("capacity", profile.capacity())
				.param("email", profile.contactEmail()).param("phone", profile.contactPhone())
				.param("now", Timestamp.from(now))
				.update();
	}

	boolean nameTaken(String name) {
		return jdbc.sql("select exists (select 1 from operator where lower(name) = lower(:name))")
				.param("name", name).query(Boolean.class).single();
	}

	Optional<Operator> find(OperatorId id) {
		return jdbc.sql(SELECT + " where o.id = :id").param("id", id.value()).query(Operators::operator).optional();
	}

	List<Operator> all() {
		return jdbc.sql(SELECT + " order by lower(o.name)").query(Operators::operator).list();
	}

	List<Operator> ofAdmin(AccountId admin) {
		return jdbc.sql(SELECT + """
				 join operator_admin a on a.operator_id = o.id
				where a.account_id = :account order by lower(o.name)""")
				.param("account", admin.value()).query(Operators::operator).list();
	}

	/** Enum names as a PostgreSQL array, in the enum's order so that rows compare equal. */
	static String[] codes(Collection<? extends Enum<?>> values) {
		return values.stream().sorted().map(Enum::name).toArray(String[]::new);
	}

	static <E extends Enum<E>> Set<E> enums(Array array, Class<E> type) throws SQLException {
		Set<E> values = EnumSet.noneOf(type);
		Arrays.stream((String[]) array.getArray()).map(name -> Enum.valueOf(type, name)).forEach(values::add);
		return values;
	}

	private static Operator operator(ResultSet rs, int row) throws SQLException {
		return new Operator(new OperatorId(rs.getObject("id", UUID.class)), rs.getString("name"),
				enums(rs.getArray("regions"), Region.class), enums(rs.getArray("languages"), Language.class),
				enums(rs.getArray("modalities"), Modality.class), rs.getInt("capacity"), rs.getString("contact_email"),
				rs.getString("contact_phone"));
	}
}
