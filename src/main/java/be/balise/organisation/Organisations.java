package be.balise.organisation;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import be.balise.identity.AccountId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Funds, operators and memberships: what other modules ask of organisations. */
@Service
public class Organisations {

	private final JdbcClient jdbc;

	Organisations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional
	public FundId createFund(String name, String shortName) {
		UUID id = UUID.randomUUID();
		jdbc.sql("insert into fund (id, name, short_name) values (:id, :name, :short)")
				.param("id", id).param("name", name).param("short", shortName).update();
		return new FundId(id);
	}

	@Transactional
	public OperatorId createOperator(String name, List<String> regions, List<String> languages, List<String> modalities,
			int capacity, String contactEmail, String contactPhone) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into operator (id, name, regions, languages, modalities, capacity, contact_email, contact_phone)
				values (:id, :name, :regions, :languages, :modalities, :capacity, :email, :phone)""")
				.param("id", id).param("name", name).param("regions", regions.toArray(String[]::new))
				.param("languages", languages.toArray(String[]::new)).param("modalities", modalities.toArray(String[]::new))
				.param("capacity", capacity).param("email", contactEmail).param("phone", contactPhone)
				.update();
		return new OperatorId(id);
	}

	@Transactional
	public void addFundOfficer(FundId fund, AccountId account) {
		jdbc.sql("insert into fund_officer (fund_id, account_id) values (:fund, :account) on conflict do nothing")
				.param("fund", fund.value()).param("account", account.value()).update();
	}

	@Transactional
	public void addOperatorAdmin(OperatorId operator, AccountId account) {
		jdbc.sql("insert into operator_admin (operator_id, account_id) values (:operator, :account) on conflict do nothing")
				.param("operator", operator.value()).param("account", account.value()).update();
	}

	@Transactional
	public void addCounsellor(OperatorId operator, AccountId account, int capacity, List<String> languages) {
		jdbc.sql("""
				insert into counsellor (operator_id, account_id, capacity, languages) values (:operator, :account, :capacity, :languages)
				on conflict (operator_id, account_id) do update set active = true""")
				.param("operator", operator.value()).param("account", account.value()).param("capacity", capacity)
				.param("languages", languages.toArray(String[]::new)).update();
	}

	public Set<OperatorId> operatorsOfAdmin(AccountId account) {
		return jdbc.sql("select operator_id from operator_admin where account_id = :account")
				.param("account", account.value()).query(UUID.class).list().stream().map(OperatorId::new)
				.collect(Collectors.toSet());
	}

	public Set<FundId> fundsOfOfficer(AccountId account) {
		return jdbc.sql("select fund_id from fund_officer where account_id = :account")
				.param("account", account.value()).query(UUID.class).list().stream().map(FundId::new)
				.collect(Collectors.toSet());
	}

	public boolean isActiveCounsellorOf(AccountId account, OperatorId operator) {
		return jdbc.sql("select count(*) from counsellor where account_id = :account and operator_id = :operator and active")
				.param("account", account.value()).param("operator", operator.value()).query(Long.class).single() > 0;
	}

	public List<Counsellor> counsellorsOf(OperatorId operator) {
		return jdbc.sql("""
				select c.operator_id, c.account_id, a.display_name, c.capacity, c.languages, c.active
				from counsellor c join account a on a.id = c.account_id
				where c.operator_id = :operator and c.active and a.enabled order by a.display_name""")
				.param("operator", operator.value())
				.query((rs, row) -> new Counsellor(rs.getObject("account_id", UUID.class),
						new OperatorId(rs.getObject("operator_id", UUID.class)), rs.getString("display_name"),
						rs.getInt("capacity"), strings(rs.getArray("languages")), rs.getBoolean("active")))
				.list();
	}

	public List<Operator> listOperators() {
		return jdbc.sql("select * from operator order by name").query(Organisations::operator).list();
	}

	public Optional<Operator> findOperator(OperatorId id) {
		return jdbc.sql("select * from operator where id = :id").param("id", id.value()).query(Organisations::operator)
				.optional();
	}

	private static Operator operator(ResultSet rs, int row) throws SQLException {
		return new Operator(new OperatorId(rs.getObject("id", UUID.class)), rs.getString("name"),
				strings(rs.getArray("regions")), strings(rs.getArray("languages")), strings(rs.getArray("modalities")),
				rs.getInt("capacity"), rs.getString("contact_email"), rs.getString("contact_phone"));
	}

	private static List<String> strings(Array array) throws SQLException {
		return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
	}
}
