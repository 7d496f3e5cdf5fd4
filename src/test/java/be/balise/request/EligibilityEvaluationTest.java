package be.balise.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;

import be.balise.assessment.BilanId;
import be.balise.identity.CurrentUser;
import be.balise.scheme.RuleOutcome;
import be.balise.scheme.RuleResult;
import be.balise.scheme.RuleType;
import be.balise.testing.FullStackTest;
import be.balise.testing.World;
import be.balise.testing.WorldFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Requests sent through the form are checked rule by rule; the fund officer reads each result in plain words. */
@FullStackTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EligibilityEvaluationTest {

	@Autowired MockMvc mvc;
	@Autowired WorldFactory worlds;
	@Autowired JdbcClient jdbc;
	@Autowired RuleResults results;
	@Autowired Requests requests;

	World world;

	@BeforeAll
	void aSchemeThatAsksSevenYearsOfWork() {
		world = worlds.create();
		jdbc.sql("""
				insert into scheme_rule (scheme_id, position, rule_type, params) values
				(:scheme, 1, 'MIN_EXPERIENCE_YEARS', '{"years": 7}'),
				(:scheme, 2, 'RESIDENCE_REGIONS', '{"regions": ["FLANDERS", "BRUSSELS"]}'),
				(:scheme, 3, 'FUND_PAYS', '{"basis": "PER_HOUR", "amountEur": 50}')""")
				.param("scheme", world.scheme.id().value()).update();
	}

	MockHttpServletRequestBuilder form(String years, String region) {
		return post("/worker/requests").with(csrf()).param("schemeId", world.scheme.id().toString())
				.param("submissionKey", UUID.randomUUID().toString()).param("jointCommittee", "319.02")
				.param("companyNumber", "0412.345.678").param("workStatus", "FULL_TIME")
				.param("reasons", "Je veux changer de voie").param("language", "fr").param("region", "Gand")
				.param("modality", "EITHER").param("experienceYears", years).param("residenceRegion", region);
	}

	BilanId submit(CurrentUser worker, String years, String region) throws Exception {
		String location = mvc.perform(form(years, region).with(user(worker))).andReturn().getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/worker/bilans/");
		return new BilanId(UUID.fromString(location.substring("/worker/bilans/".length())));
	}

	@Test
	void eachRuleIsStoredWithItsResultAndFrameRulesAreLeftOut() throws Exception {
		BilanId refused = submit(world.worker("five-years"), "5", "FLANDERS");
		assertThat(results.of(refused.value())).extracting(RuleResult::type, RuleResult::outcome).containsExactly(
				org.assertj.core.groups.Tuple.tuple(RuleType.MIN_EXPERIENCE_YEARS, RuleOutcome.NOT_MET),
				org.assertj.core.groups.Tuple.tuple(RuleType.RESIDENCE_REGIONS, RuleOutcome.MET));
		assertThat(requests.find(refused.value()).orElseThrow().ruleVerdict()).isEqualTo(RuleOutcome.NOT_MET);

		BilanId accepted = submit(world.worker("eight-years"), " 8 ", "BRUSSELS");
		assertThat(results.of(accepted.value())).extracting(RuleResult::outcome).containsOnly(RuleOutcome.MET);
		assertThat(requests.find(accepted.value()).orElseThrow().experienceYears()).isEqualTo(8);
	}

	@Test
	@Tag("balises-C10")
	void theFundOfficerReadsEachResultWithItsReasonAndAnotherFundsOfficerGets404() throws Exception {
		BilanId bilan = submit(world.worker("page"), "5", "WALLONIA");
		String page = mvc.perform(get("/fund/requests/" + bilan).with(user(world.fundOfficer))).andReturn().getResponse()
				.getContentAsString();
		assertThat(page).contains("Non respectée").contains("5 ans d'expérience seulement")
				.contains("habite hors des régions couvertes");
		assertThat(mvc.perform(get("/fund/requests/" + bilan).with(user(world.otherFundOfficer))).andReturn().getResponse()
				.getStatus()).isEqualTo(404);
	}

	@Test
	void badYearsAndAnUnknownRegionAreAnsweredBesideTheirFieldsWithNothingLost() throws Exception {
		CurrentUser worker = world.worker("typo");
		var response = mvc.perform(form("sept", "MARS").with(user(worker))).andReturn().getResponse();
		String page = response.getContentAsString();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(page).contains("Indiquez un nombre d'années entre 0 et 60")
				.contains("Choisissez où vous habitez dans la liste").contains("value=\"sept\"")
				.contains("Je veux changer de voie");
		var tooMany = mvc.perform(form("61", "FLANDERS").with(user(worker))).andReturn().getResponse();
		assertThat(tooMany.getContentAsString()).contains("entre 0 et 60");
		assertThat(mvc.perform(form("60", "FLANDERS").with(user(worker))).andReturn().getResponse().getStatus()).isEqualTo(302);
	}
}
