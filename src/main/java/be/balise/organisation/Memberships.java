package be.balise.organisation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import be.balise.identity.AccountId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Who works for which fund or operator: fund officers, operator admins, counsellors. */
@Repository
class Memberships {

	/** A counsellor's membership as stored; names and addresses come from identity. */
	record CounsellorMembership(AccountId accountId, OperatorId operatorId, boolean active, int capacity,
			Set<Language> languages) {
	}

	private final JdbcClient jdbc;

	Memberships(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void addFundOfficer(FundId fund, AccountId account) {
		jdbc.sql("insert into fund_officer (fund_id, account_id) values (:fund, :account) on conflict do nothing")
				.param("fund", fund.value()).param("account", account.value()).update();
	}

	void addOperatorAdmin(OperatorId operator, AccountId account) {
		jdbc.sql("insert into operator_admin (operator_id, account_id) values (:operator, :account) on conflict do nothing")
				.param("operator", operator.value()).param("account", account.value()).update();
	}

	/** Adds the counsellor to the operator; whether they were added (false: they already work for an operator). */
	boolean addCounsellor(OperatorId operator, AccountId account, int capacity, Set<Language> languages, Instant now) {
		return jdbc.sql("""
				insert into counsellor (account_id, operator_id, capacity, languages, joined_at)
				values (:account, :operator, :capacity, :languages, :now)
				on conflict (account_id) do nothing""")
				.param("account", account.value()).param("operator", operator.value()).param("capacity", capacity)
				.param("languages", Operators.codes(languages)).param("now", Timestamp.from(now))
				.update() == 1;
	}

	void setCounsellorActive(OperatorId operator, AccountId account, boolean active) {
		jdbc.sql("update counsellor set active = :active where operator_id = :operator and account_id = :account")
				.param("active", active).param("operator", operator.value()).param("account", account.value()).update();
	}

	List<AccountId> fundOfficers(FundId fund) {
		return jdbc.sql("select account_id from fund_officer where fund_id = :fund")
				.param("fund", fund.value())
				.query((rs, row) -> new AccountId(rs.getObject("account_id", UUID.class))).list();
	}

	List<AccountId> operatorAdmins(OperatorId operator) {
		return jdbc.sql("select account_id from operator_admin where operator_id = :operator")
				.param("operator", operator.value())
				.query((rs, row) -> new AccountId(rs.getObject("account_id", UUID.class))).list();
	}

	/** Every fund officer of every fund, for the platform admin's page (one query). */
	Map<FundId, List<AccountId>> allFundOfficers() {
		return jdbc.sql("select fund_id, account_id from fund_officer")
				.query((rs, row) -> Map.entry(new FundId(rs.getObject("fund_id", UUID.class)),
						new AccountId(rs.getObject("account_id", UUID.class))))
				.list().stream()
				.collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
	}

	/** Every operator admin of every operator, for the platform admin's page (one query). */
	Map<OperatorId, List<AccountId>> allOperatorAdmins() {
		return jdbc.sql("select operator_id, account_id from operator_admin")
				.query((rs, row) -> Map.entry(new OperatorId(rs.getObject("operator_id", UUID.class)),
						new AccountId(rs.getObject("account_id", UUID.class))))
				.list().stream()
				.collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
	}

	boolean isOperatorAdmin(OperatorId operator, AccountId account) {
		return jdbc.sql("select exists (select 1 from operator_admin where operator_id = :operator and account_id = :account)")
				.param("operator", operator.value()).param("account", account.value()).query(Boolean.class).single();
	}

	boolean isFundOfficer(FundId fund, AccountId account) {
		return jdbc.sql("select exists (select 1 from fund_officer where fund_id = :fund and account_id = :account)")
				.param("fund", fund.value()).param("account", account.value()).query(Boolean.class).single();
	}

	List<CounsellorMembership> counsellors(OperatorId operator) {
		return jdbc.sql("""
				select account_id, operator_id, active, capacity, languages from counsellor
				where operator_id = :operator""")
				.param("operator", operator.value()).query(Memberships::counsellor).list();
	}

	Optional<CounsellorMembership> counsellor(AccountId account) {
		return jdbc.sql("select account_id, operator_id, active, capacity, languages from counsellor where account_id = :account")
				.param("account", account.value()).query(Memberships::counsellor).optional();
	}

	private static CounsellorMembership counsellor(ResultSet rs, int row) throws SQLException {
		return new CounsellorMembership(new AccountId(rs.getObject("account_id", UUID.class)),
				new OperatorId(rs.getObject("operator_id", UUID.class)), rs.getBoolean("active"), rs.getInt("capacity"),
				Operators.enums(rs.getArray("languages"), Language.class));
	}
}
