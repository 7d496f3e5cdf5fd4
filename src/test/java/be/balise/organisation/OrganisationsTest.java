package be.balise.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import be.balise.identity.AccountService;
import be.balise.identity.CurrentUser;
import be.balise.identity.Role;
import be.balise.testing.FullStackTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The public queries of {@link Organisations} and the hand-written SQL behind them, on PostgreSQL. */
@FullStackTest
class OrganisationsTest {

	@Autowired Organisations organisations;
	@Autowired AccountService accounts;

	@Test
	void anOperatorKeepsItsWholeProfile() {
		var profile = new OperatorProfile(OrganisationTestData.unique("Profile"), Set.of(Region.WALLONIA, Region.BRUSSELS),
				Set.of(Language.DE, Language.FR), Set.of(Modality.IN_PERSON, Modality.REMOTE), 17, "info@profile.example",
				"+32 81 00 00 00");

		OperatorId id = organisations.createOperator(profile);

		assertThat(organisations.findOperator(id)).contains(new Operator(id, profile.name(), profile.regions(),
				profile.languages(), profile.modalities(), 17, "info@profile.example", "+32 81 00 00 00"));
		assertThat(organisations.findOperator(id).orElseThrow().sortedRegions()).containsExactly(Region.BRUSSELS, Region.WALLONIA);
		assertThat(organisations.listOperators()).extracting(Operator::id).contains(id);
		assertThat(organisations.operatorNameTaken(profile.name().toUpperCase())).isTrue();
		assertThat(organisations.operatorNameTaken(profile.name() + " bis")).isFalse();
	}

	@Test
	void fundOfficersSeeTheirFundsOnly() {
		FundId mine = organisations.createFund(OrganisationTestData.unique("Fund B"), "B");
		FundId alsoMine = organisations.createFund(OrganisationTestData.unique("Fund A"), "A");
		FundId other = organisations.createFund(OrganisationTestData.unique("Fund C"), "C");
		CurrentUser officer = OrganisationTestData.person(accounts, "officer", Role.FUND_OFFICER);
		organisations.addFundOfficer(mine, officer.id());
		organisations.addFundOfficer(alsoMine, officer.id());
		organisations.addFundOfficer(mine, officer.id());

		assertThat(organisations.fundsOfOfficer(officer.id())).extracting(Fund::id).containsExactly(alsoMine, mine);
		assertThat(organisations.isOfficerOf(officer.id(), mine)).isTrue();
		assertThat(organisations.isOfficerOf(officer.id(), other)).isFalse();
		assertThat(organisations.officersOf(mine)).containsExactly(officer.id());
		assertThat(organisations.officersByFund().get(other)).isNull();
		assertThat(organisations.findFund(other)).map(Fund::shortName).contains("C");
		assertThat(organisations.fundNameTaken(organisations.findFund(other).orElseThrow().name())).isTrue();
	}

	@Test
	void operatorAdminsSeeTheirOperatorsOnly() {
		OperatorId mine = OrganisationTestData.operator(organisations, "Mine");
		OperatorId other = OrganisationTestData.operator(organisations, "Other");
		CurrentUser admin = OrganisationTestData.person(accounts, "opadmin", Role.OPERATOR_ADMIN);
		CurrentUser otherAdmin = OrganisationTestData.person(accounts, "opadmin-other", Role.OPERATOR_ADMIN);
		organisations.addOperatorAdmin(mine, admin.id());
		organisations.addOperatorAdmin(other, otherAdmin.id());

		assertThat(organisations.operatorsOfAdmin(admin.id())).extracting(Operator::id).containsExactly(mine);
		assertThat(organisations.isAdminOf(admin.id(), mine)).isTrue();
		assertThat(organisations.isAdminOf(admin.id(), other)).isFalse();
		assertThat(organisations.adminsOf(other)).containsExactly(otherAdmin.id());
		assertThat(organisations.adminsByOperator().get(mine)).containsExactly(admin.id());
	}

	@Test
	void counsellorsAreListedByNameWithTheirTermsAndWorkForOneOperator() {
		OperatorId operator = OrganisationTestData.operator(organisations, "Team");
		OperatorId elsewhere = OrganisationTestData.operator(organisations, "Elsewhere");
		CurrentUser zoe = OrganisationTestData.person(accounts, "zoe", Role.COUNSELLOR);
		CurrentUser abel = OrganisationTestData.person(accounts, "abel", Role.COUNSELLOR);
		organisations.addCounsellor(operator, zoe.id(), 7, Set.of(Language.NL));
		organisations.addCounsellor(operator, abel.id(), 12, Set.of(Language.FR, Language.EN));

		var team = organisations.counsellorsOf(operator);

		assertThat(team).extracting(Counsellor::accountId).containsExactly(abel.id(), zoe.id());
		assertThat(team.get(0)).isEqualTo(new Counsellor(abel.id(), operator, abel.displayName(), abel.email(), true, true,
				12, Set.of(Language.FR, Language.EN)));
		assertThat(organisations.operatorOfCounsellor(zoe.id())).contains(operator);
		assertThat(organisations.operatorOfCounsellor(OrganisationTestData.person(accounts, "nobody", Role.WORKER).id())).isEmpty();
		assertThatThrownBy(() -> organisations.addCounsellor(elsewhere, zoe.id(), 3, Set.of(Language.FR)))
				.isInstanceOf(IllegalStateException.class);
		assertThat(organisations.counsellorsOf(elsewhere)).isEmpty();
	}

	@Test
	void pausingACounsellorDisablesTheirAccountAndResumingEnablesIt() {
		OperatorId operator = OrganisationTestData.operator(organisations, "Pause");
		CurrentUser counsellor = OrganisationTestData.person(accounts, "pause", Role.COUNSELLOR);
		organisations.addCounsellor(operator, counsellor.id(), 5, Set.of(Language.FR));

		organisations.disableCounsellor(operator, counsellor.id());

		Counsellor paused = organisations.counsellorsOf(operator).get(0);
		assertThat(paused.active()).isFalse();
		assertThat(paused.accountEnabled()).isFalse();
		assertThat(paused.available()).isFalse();

		organisations.enableCounsellor(operator, counsellor.id());
		assertThat(organisations.counsellorsOf(operator).get(0).available()).isTrue();
	}
}
