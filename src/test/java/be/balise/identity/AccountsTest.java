package be.balise.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import be.balise.testing.FullStackTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The hand-written queries of {@link Accounts}, on PostgreSQL. */
@FullStackTest
class AccountsTest {

	@Autowired Accounts accounts;

	@Test
	void searchTakesPercentAndUnderscoreLiterallyAndIgnoresCase() {
		String tag = "lit" + UUID.randomUUID().toString().substring(0, 6);
		AccountId percent = insert(tag + "_100%@test.balise.be", "Zoé " + tag);
		insert(tag + "x100x@test.balise.be", "Other " + tag);

		assertThat(accounts.search(tag + "_100%", 0, 10)).extracting(AccountSummary::id).containsExactly(percent);
		assertThat(accounts.count(tag + "_100%")).isEqualTo(1);
		assertThat(accounts.search("ZOÉ " + tag.toUpperCase(), 0, 10)).extracting(AccountSummary::id).containsExactly(percent);
		assertThat(accounts.count(tag)).isEqualTo(2);
	}

	@Test
	void searchPagesByNameThenAddress() {
		String tag = "order" + UUID.randomUUID().toString().substring(0, 6);
		AccountId b = insert("b-" + tag + "@test.balise.be", "Same " + tag);
		AccountId a = insert("a-" + tag + "@test.balise.be", "Same " + tag);
		AccountId first = insert("c-" + tag + "@test.balise.be", "Abel " + tag);

		assertThat(accounts.search(tag, 0, 2)).extracting(AccountSummary::id).containsExactly(first, a);
		assertThat(accounts.search(tag, 2, 2)).extracting(AccountSummary::id).containsExactly(b);
	}

	@Test
	void summariesCarryRolesAndStateOfTheAskedAccountsOnly() {
		String tag = UUID.randomUUID().toString().substring(0, 6);
		AccountId counsellor = insert("sum-c-" + tag + "@test.balise.be", "Sum C " + tag);
		accounts.grant(counsellor, Role.COUNSELLOR);
		accounts.grant(counsellor, Role.OPERATOR_ADMIN);
		AccountId disabled = insert("sum-d-" + tag + "@test.balise.be", "Sum D " + tag);
		accounts.setEnabled(disabled, false);
		insert("sum-other-" + tag + "@test.balise.be", "Sum O " + tag);

		List<AccountSummary> found = accounts.summaries(List.of(counsellor, disabled));

		assertThat(found).extracting(AccountSummary::id).containsExactly(counsellor, disabled);
		assertThat(found.get(0).roles()).containsExactlyInAnyOrder(Role.COUNSELLOR, Role.OPERATOR_ADMIN);
		assertThat(found.get(1).enabled()).isFalse();
		assertThat(accounts.summaries(List.of())).isEmpty();
	}

	@Test
	void anAddressHeldByAnotherAccountIsNotTaken() {
		String tag = UUID.randomUUID().toString().substring(0, 6);
		AccountId mover = insert("mover-" + tag + "@test.balise.be", "Mover");
		insert("holder-" + tag + "@test.balise.be", "Holder");

		assertThat(accounts.changeEmail(mover, "HOLDER-" + tag + "@test.balise.be")).isFalse();
		assertThat(accounts.findById(mover).orElseThrow().email()).isEqualTo("mover-" + tag + "@test.balise.be");

		assertThat(accounts.changeEmail(mover, "Free-" + tag + "@test.balise.be")).isTrue();
		assertThat(accounts.findById(mover).orElseThrow().email()).isEqualTo("free-" + tag + "@test.balise.be");
		assertThat(accounts.existsByEmail("FREE-" + tag + "@test.balise.be")).isTrue();
	}

	@Test
	void aSecondSignUpReplacesTheDetailsOfAnUnconfirmedAccountOnly() {
		String tag = UUID.randomUUID().toString().substring(0, 6);
		AccountId unconfirmed = AccountId.random();
		accounts.insert(unconfirmed, "unconf-" + tag + "@test.balise.be", "Before", "{bcrypt}x", Locale.FRENCH, false);
		AccountId confirmed = insert("conf-" + tag + "@test.balise.be", "Kept");

		accounts.replaceUnconfirmedDetails(unconfirmed, "After", "{bcrypt}y", Locale.ENGLISH);
		accounts.replaceUnconfirmedDetails(confirmed, "Replaced", "{bcrypt}y", Locale.ENGLISH);

		assertThat(accounts.findById(unconfirmed).orElseThrow().displayName()).isEqualTo("After");
		assertThat(accounts.findById(unconfirmed).orElseThrow().locale()).isEqualTo(Locale.ENGLISH);
		assertThat(accounts.findById(confirmed).orElseThrow().displayName()).isEqualTo("Kept");
	}

	private AccountId insert(String email, String name) {
		AccountId id = AccountId.random();
		accounts.insert(id, email, name, "{bcrypt}unused", Locale.FRENCH, true);
		return id;
	}
}
