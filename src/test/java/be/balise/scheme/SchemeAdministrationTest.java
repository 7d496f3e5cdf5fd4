package be.balise.scheme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;

import be.balise.assessment.BilanId;
import be.balise.identity.CurrentUser;
import be.balise.testing.FullStackTest;
import be.balise.testing.World;
import be.balise.testing.WorldFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The fund officer's schemes through the pages: versions, validation, and who may see them. */
@FullStackTest
class SchemeAdministrationTest {

	@Autowired MockMvc mvc;
	@Autowired WorldFactory worlds;
	@Autowired JdbcClient jdbc;
	@Autowired Schemes schemes;
	@Autowired SchemeRules rules;
	@Autowired be.balise.request.RequestService requestService;

	static MockHttpServletRequestBuilder filled(MockHttpServletRequestBuilder request, String nameEn) {
		return filled(request, nameEn, java.util.Map.of());
	}

	/** A complete form; {@code changed} replaces some fields' values. */
	static MockHttpServletRequestBuilder filled(MockHttpServletRequestBuilder request, String nameEn,
			java.util.Map<String, String> changed) {
		var fields = new java.util.LinkedHashMap<String, String[]>();
		fields.put("nameFr", new String[] { "Chèque " + nameEn });
		fields.put("nameNl", new String[] { "Cheque " + nameEn });
		fields.put("nameEn", new String[] { nameEn });
		fields.put("audienceFr", new String[] { "Pour le secteur." });
		fields.put("audienceNl", new String[] { "Voor de sector." });
		fields.put("audienceEn", new String[] { "For the sector." });
		fields.put("conventionParties", new String[] { "WORKER", "OPERATOR" });
		fields.put("followUpInterviews", new String[] { "2" });
		fields.put("signingDeadlineDays", new String[] { "15" });
		fields.put("maxHours", new String[] { "12" });
		fields.put("retentionMonths", new String[] { "24" });
		fields.put("extensionMonths", new String[] { "6" });
		fields.put("appraisalQuestionnaire", new String[] { "default" });
		fields.put("jointCommittees", new String[] { "319, 330.01" });
		fields.put("statuses", new String[] { "FULL_TIME", "PART_TIME" });
		fields.put("minExperienceYears", new String[] { "3" });
		fields.put("residenceRegions", new String[] { "BRUSSELS" });
		fields.put("budgetPeriodYears", new String[] { "6" });
		fields.put("budgetHours[0]", new String[] { "4" });
		fields.put("budgetDocuments[0]", new String[] { "POP" });
		fields.put("budgetHours[1]", new String[] { "3" });
		fields.put("budgetDocuments[1]", new String[] { "" });
		fields.put("paysBasis", new String[] { "PER_BILAN" });
		fields.put("paysAmount", new String[] { "1200" });
		changed.forEach((field, value) -> fields.put(field, new String[] { value }));
		request = request.with(csrf());
		for (var field : fields.entrySet()) {
			request = request.param(field.getKey(), field.getValue());
		}
		return request;
	}

	UUID schemeOf(BilanId bilan) {
		return jdbc.sql("select scheme_id from bilan where id = :id").param("id", bilan.value()).query(UUID.class).single();
	}

	String page(CurrentUser who, String path) throws Exception {
		return mvc.perform(get(path).with(user(who))).andReturn().getResponse().getContentAsString();
	}

	@Test
	void anOfficerCreatesASchemeWithItsRules() throws Exception {
		World world = worlds.create();
		var result = mvc.perform(filled(post("/fund/schemes"), "Created " + UUID.randomUUID()).with(user(world.fundOfficer)))
				.andReturn();
		String location = result.getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/fund/schemes/");
		SchemeId id = new SchemeId(UUID.fromString(location.substring("/fund/schemes/".length())));
		Scheme created = schemes.find(id).orElseThrow();
		assertThat(created.version()).isEqualTo(1);
		assertThat(created.fundId()).isEqualTo(world.scheme.fundId());
		assertThat(created.conventionParties()).containsExactly(ConventionParty.WORKER, ConventionParty.OPERATOR);
		assertThat(created.followUpInterviews()).isEqualTo(2);
		assertThat(created.signingDeadlineDays()).isEqualTo(15);
		assertThat(created.extensionMonths()).isEqualTo(6);
		assertThat(rules.of(id)).extracting(SchemeRule::type).containsExactly(RuleType.JOINT_COMMITTEES,
				RuleType.STATUSES, RuleType.MIN_EXPERIENCE_YEARS, RuleType.RESIDENCE_REGIONS, RuleType.HOUR_BUDGET,
				RuleType.FUND_PAYS);
		assertThat(rules.of(id).get(4).params().path("parts").size()).isEqualTo(2);
		assertThat(page(world.fundOfficer, "/fund/schemes")).contains(created.nameEn().substring(0, 7));
		assertThat(page(world.fundOfficer, location)).contains("319, 330.01").contains("POP");
		assertThat(schemes.open()).extracting(Scheme::id).contains(id);
	}

	@Test
	void aRefusedFormKeepsWhatWasTypedAndSaysWhatIsWrongBesideEachField() throws Exception {
		World world = worlds.create();
		int before = jdbc.sql("select count(*) from scheme").query(Integer.class).single();
		var request = filled(post("/fund/schemes"), "Refused", java.util.Map.of("nameNl", "",
				"jointCommittees", "319, 31x", "minExperienceYears", "-2")).with(user(world.fundOfficer));
		var response = mvc.perform(request).andReturn().getResponse();
		String html = response.getContentAsString();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(html).contains("id=\"nameNl-error\"").contains("id=\"jointCommittees-error\"")
				.contains("id=\"minExperienceYears-error\"")
				.contains("« 31x »")
				.contains("value=\"319, 31x\"").contains("value=\"-2\"").contains("value=\"Chèque Refused\"")
				.contains("value=\"POP\"");
		assertThat(jdbc.sql("select count(*) from scheme").query(Integer.class).single()).isEqualTo(before);
	}

	@Test
	void editingMakesANewVersionAndABilanKeepsTheVersionItWasRequestedUnder() throws Exception {
		World world = worlds.create();
		BilanId before = world.request(world.worker("before"), "raisons");
		String v1 = "/fund/schemes/" + world.scheme.id();
		assertThat(page(world.fundOfficer, v1 + "/edit")).contains("value=\"Test\"");

		var saved = mvc.perform(filled(post(v1), "Second").with(user(world.fundOfficer))).andReturn();
		String v2 = saved.getResponse().getRedirectedUrl();
		assertThat(saved.getFlashMap().get("flash")).isEqualTo("scheme.saved.version");
		SchemeId second = new SchemeId(UUID.fromString(v2.substring("/fund/schemes/".length())));
		Scheme newer = schemes.find(second).orElseThrow();
		assertThat(newer.code()).isEqualTo(world.scheme.code());
		assertThat(newer.version()).isEqualTo(2);

		// The bilan requested before keeps version 1, which stays readable as it was; new requests get version 2.
		assertThat(schemeOf(before)).isEqualTo(world.scheme.id().value());
		assertThat(schemes.find(world.scheme.id()).orElseThrow().nameEn()).isEqualTo("Test");
		assertThat(rules.of(world.scheme.id())).isEmpty();
		assertThat(schemes.open()).extracting(Scheme::id).contains(second).doesNotContain(world.scheme.id());
		assertThat(page(world.fundOfficer, v1)).contains("Test").contains(">Version 1<".replace("Version", "Version"));
		assertThat(page(world.fundOfficer, "/fund/schemes")).contains("Second").doesNotContain(v1 + "/edit");

		// Version 1 can no longer be edited: the officer is sent back to it, and a late form is not stored.
		var stale = mvc.perform(get(v1 + "/edit").with(user(world.fundOfficer))).andReturn();
		assertThat(stale.getResponse().getRedirectedUrl()).isEqualTo(v1);
		assertThat(stale.getFlashMap().get("problem")).isEqualTo("scheme.edit.notCurrent");
		var late = mvc.perform(filled(post(v1), "Late").with(user(world.fundOfficer))).andReturn().getResponse();
		assertThat(late.getStatus()).isEqualTo(200);
		assertThat(jdbc.sql("select count(*) from scheme where code = :code").param("code", world.scheme.code())
				.query(Integer.class).single()).isEqualTo(2);
	}

	@Test
	void onlyTheFundsOwnOfficersSeeOrChangeItsSchemes() throws Exception {
		World world = worlds.create();
		String scheme = "/fund/schemes/" + world.scheme.id();
		assertThat(page(world.otherFundOfficer, "/fund/schemes")).doesNotContain(world.scheme.id().toString());
		for (String path : new String[] { scheme, scheme + "/edit", scheme + "/operators" }) {
			assertThat(mvc.perform(get(path).with(user(world.otherFundOfficer))).andReturn().getResponse().getStatus())
					.as(path).isEqualTo(404);
		}
		assertThat(mvc.perform(filled(post(scheme), "Stolen").with(user(world.otherFundOfficer))).andReturn()
				.getResponse().getStatus()).isEqualTo(404);
		assertThat(mvc.perform(post(scheme + "/operators").with(csrf()).with(user(world.otherFundOfficer))
				.param("operator", world.operator.value().toString()).param("from", "2026-01-01")).andReturn()
				.getResponse().getStatus()).isEqualTo(404);
		assertThat(mvc.perform(post(scheme + "/operators/" + UUID.randomUUID() + "/end").with(csrf())
				.with(user(world.otherFundOfficer))).andReturn().getResponse().getStatus()).isEqualTo(404);
		// A shipped example that no fund owns is nobody's to edit.
		assertThat(mvc.perform(get("/fund/schemes/6f1d2a8e-0a51-4c39-9d55-1a2b3c4d5e99").with(user(world.fundOfficer)))
				.andReturn().getResponse().getStatus()).isEqualTo(404);
		// Other roles are turned away by the route table.
		for (CurrentUser other : new CurrentUser[] { world.operatorAdmin, world.counsellor, world.worker("curious") }) {
			assertThat(mvc.perform(get(scheme).with(user(other))).andReturn().getResponse().getStatus())
					.isIn(403, 404);
		}
		assertThat(schemes.find(world.scheme.id()).orElseThrow().version()).isEqualTo(1);
	}

	@Test
	void aRequestCorrectedAfterANewVersionIsStillCheckedAgainstItsOwnVersion() throws Exception {
		World world = worlds.create();
		CurrentUser worker = world.worker("corrector");
		BilanId bilan = world.request(worker, "raisons");
		// Version 2 asks for 30 years of experience; the request was made under version 1, which asks nothing.
		mvc.perform(filled(post("/fund/schemes/" + world.scheme.id()), "Stricter", java.util.Map.of(
				"minExperienceYears", "30", "jointCommittees", "", "residenceRegions", "", "budgetPeriodYears", "",
				"budgetHours[0]", "", "budgetDocuments[0]", "", "budgetHours[1]", "")).with(user(world.fundOfficer)));
		requestService.decide(world.fundOfficer, bilan, be.balise.request.RequestService.DecisionChoice.ASK, "Précisez");
		var form = new be.balise.request.RequestForm();
		form.setSchemeId(world.scheme.id().value());
		form.setJointCommittee("319.02");
		form.setCompanyNumber("0412.345.678");
		form.setWorkStatus("PART_TIME");
		form.setReasons("raisons");
		form.setRegion("Bruxelles");
		form.setExperienceYears("2");
		form.setResidenceRegion("BRUSSELS");
		requestService.correct(worker, bilan, form);
		assertThat(schemeOf(bilan)).isEqualTo(world.scheme.id().value());
		assertThat(jdbc.sql("select count(*) from request_rule_result where bilan_id = :id").param("id", bilan.value())
				.query(Integer.class).single()).isZero();
		assertThat(jdbc.sql("select rule_verdict from bilan_request where bilan_id = :id").param("id", bilan.value())
				.query(String.class).single()).isEqualTo("MET");
	}

	@Test
	void aSelectionWithBadDatesIsRefusedBesideEachFieldAndKeepsWhatWasTyped() throws Exception {
		World world = worlds.create();
		String path = "/fund/schemes/" + world.scheme.id() + "/operators";
		var response = mvc.perform(post(path).with(csrf()).with(user(world.fundOfficer))
				.param("operator", world.operator.value().toString()).param("from", "2026-13-01").param("to", "2026-02-30"))
				.andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentAsString()).contains("id=\"from-error\"").contains("id=\"to-error\"")
				.contains("value=\"2026-13-01\"").contains("value=\"2026-02-30\"")
				.contains("value=\"" + world.operator.value() + "\" selected");
		var backwards = mvc.perform(post(path).with(csrf()).with(user(world.fundOfficer))
				.param("operator", "not-an-operator").param("from", "2030-05-01").param("to", "2030-04-01"))
				.andReturn().getResponse().getContentAsString();
		assertThat(backwards).contains("id=\"operator-error\"").contains("id=\"to-error\"")
				.contains("La fin vient avant le début.");
		assertThat(jdbc.sql("select count(*) from scheme_operator where scheme_code = :code")
				.param("code", world.scheme.code()).query(Integer.class).single()).isZero();
	}
}
