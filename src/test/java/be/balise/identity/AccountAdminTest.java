package be.balise.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import be.balise.testing.FullStackTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The platform admin finds accounts by name or address, pages through them, disables and enables them. */
@FullStackTest
class AccountAdminTest {

	@Autowired MockMvc mvc;
	@Autowired AccountService accounts;

	@Test
	void searchesByNameOrAddressAndPagesTwentyAtATime() throws Exception {
		CurrentUser admin = IdentityTestData.account(accounts, "admin-list", Role.PLATFORM_ADMIN);
		String tag = "pager" + UUID.randomUUID().toString().substring(0, 6);
		for (int i = 0; i < 23; i++) {
			IdentityTestData.account(accounts, tag + "-" + (char) ('a' + i), Role.WORKER);
		}

		mvc.perform(get("/admin/accounts").param("q", tag.toUpperCase()).with(user(admin)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("23 comptes")))
				.andExpect(content().string(containsString("Page 1 sur 2")))
				.andExpect(content().string(containsString("Test " + tag + "-t")))
				.andExpect(content().string(not(containsString("Test " + tag + "-u"))));
		mvc.perform(get("/admin/accounts").param("q", tag).param("page", "2").with(user(admin)))
				.andExpect(content().string(containsString("Test " + tag + "-w")))
				.andExpect(content().string(not(containsString("Test " + tag + "-a<"))));
	}

	@Test
	void disablesAndEnablesAnotherAccountButNotTheirOwn() throws Exception {
		CurrentUser admin = IdentityTestData.account(accounts, "admin-disable", Role.PLATFORM_ADMIN);
		CurrentUser counsellor = IdentityTestData.account(accounts, "admin-disable-target", Role.COUNSELLOR);

		mvc.perform(post("/admin/accounts/{id}/disable", counsellor.id().value()).param("q", "x y").param("page", "1")
				.with(user(admin)).with(csrf()))
				.andExpect(redirectedUrl("/admin/accounts?q=x%20y&page=1"));
		assertThat(accounts.findById(counsellor.id()).orElseThrow().isEnabled()).isFalse();

		mvc.perform(post("/admin/accounts/{id}/enable", counsellor.id().value()).with(user(admin)).with(csrf()));
		assertThat(accounts.findById(counsellor.id()).orElseThrow().isEnabled()).isTrue();

		mvc.perform(post("/admin/accounts/{id}/disable", admin.id().value()).with(user(admin)).with(csrf()));
		assertThat(accounts.findById(admin.id()).orElseThrow().isEnabled()).isTrue();
	}

	@Test
	void onlyThePlatformAdminReachesTheAccountList() throws Exception {
		CurrentUser admin = IdentityTestData.account(accounts, "admin-only", Role.PLATFORM_ADMIN);
		CurrentUser operatorAdmin = IdentityTestData.account(accounts, "admin-only-operator", Role.OPERATOR_ADMIN);
		CurrentUser target = IdentityTestData.account(accounts, "admin-only-target", Role.WORKER);

		mvc.perform(get("/admin/accounts").with(user(operatorAdmin))).andExpect(status().isForbidden());
		mvc.perform(post("/admin/accounts/{id}/disable", target.id().value()).with(user(operatorAdmin)).with(csrf()))
				.andExpect(status().isForbidden());
		assertThat(accounts.findById(target.id()).orElseThrow().isEnabled()).isTrue();

		mvc.perform(get("/admin/accounts").with(user(admin))).andExpect(status().isOk());
		mvc.perform(post("/admin/accounts/{id}/disable", target.id().value()).with(user(admin)).with(csrf()))
				.andExpect(status().is3xxRedirection());
		assertThat(accounts.findById(target.id()).orElseThrow().isEnabled()).isFalse();
	}
}
