package be.balise.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;

import be.balise.assessment.BilanId;
import be.balise.assessment.BilanNotFound;
import be.balise.assessment.BilanState;
import be.balise.assessment.TransitionRefused;
import be.balise.identity.CurrentUser;
import be.balise.identity.Role;
import be.balise.testing.FullStackTest;
import be.balise.testing.World;
import be.balise.testing.WorldFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Signing the convention: the password, the hash, one effect, the parties, the fund's list, paper, lapse, gating. */
@FullStackTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Tag("balises-D3")
class ConventionSigningTest {

	static final String PASSWORD = "Signer avec soin 2026";

	@Autowired MockMvc mvc;
	@Autowired WorldFactory worlds;
	@Autowired JdbcClient jdbc;
	@Autowired ConventionService conventions;
	@Autowired ConsentService consents;
	@Autowired Conventions rows;
	@Autowired ConventionLapses lapses;
	@Autowired be.balise.reference.ReferenceDocuments references;

	World world;

	@BeforeAll
	void world() {
		world = worlds.createWithPassword(PASSWORD);
	}

	@Test
	void aWrongPasswordSignsNothing() throws Exception {
		BilanId bilan = world.conventionReady(world.worker("oubli"), "raisons", "motivations");

		MvcResult result = perform(post("/worker/bilans/" + bilan + "/convention/sign").param("sha256", hash(bilan))
				.param("password", "pas le bon"), worker(bilan));

		assertThat(result.getFlashMap().get("problem")).isEqualTo("contract.refused.password");
		assertThat(rows.signatures(bilan.value())).isEmpty();
	}

	@Test
	void theSignatureBindsTheHashOfTheStoredDocument() throws Exception {
		CurrentUser worker = world.worker("empreinte");
		BilanId bilan = world.conventionReady(worker, "raisons", "motivations");
		byte[] pdf = mvc.perform(get("/worker/bilans/" + bilan + "/convention/document").with(user(worker))).andReturn()
				.getResponse().getContentAsByteArray();

		MvcResult wrongHash = perform(post("/worker/bilans/" + bilan + "/convention/sign").param("sha256", "ab".repeat(32))
				.param("password", PASSWORD), worker);
		assertThat(wrongHash.getFlashMap().get("problem")).isEqualTo("contract.refused.documentChanged");
		assertThat(rows.signatures(bilan.value())).isEmpty();

		perform(post("/worker/bilans/" + bilan + "/convention/sign").param("sha256", sha256(pdf)).param("password", PASSWORD),
				worker);
		assertThat(rows.signatures(bilan.value())).singleElement().satisfies(signature -> {
			assertThat(signature.sha256()).isEqualTo(sha256(pdf));
			assertThat(signature.party()).isEqualTo(be.balise.scheme.ConventionParty.WORKER);
			assertThat(signature.signerId()).isEqualTo(worker.id().value());
		});
	}

	@Test
	void signingTwiceHasOneEffect() {
		CurrentUser worker = world.worker("deux-fois");
		BilanId bilan = world.conventionReady(worker, "raisons", "motivations");

		conventions.sign(worker, bilan, Role.WORKER, hash(bilan), PASSWORD);
		conventions.sign(worker, bilan, Role.WORKER, hash(bilan), PASSWORD);

		assertThat(rows.signatures(bilan.value())).hasSize(1);
	}

	@Test
	void theBilanIsContractedOnlyWhenEveryPartySignedAndConsentIsGiven() {
		CurrentUser worker = world.worker("complet");
		BilanId bilan = world.conventionReady(worker, "raisons", "motivations");
		assertThat(caseloadFlags(bilan)).contains("CONVENTION_UNSIGNED");

		conventions.sign(worker, bilan, Role.WORKER, hash(bilan), PASSWORD);
		consents.give(worker, bilan, true, true);
		conventions.sign(world.operatorAdmin, bilan, Role.OPERATOR_ADMIN, hash(bilan), PASSWORD);
		assertThat(state(bilan)).isEqualTo(BilanState.FIRST_MEETING);

		conventions.sign(world.fundOfficer, bilan, Role.FUND_OFFICER, hash(bilan), PASSWORD);

		assertThat(state(bilan)).isEqualTo(BilanState.CONTRACTED);
		assertThat(rows.find(bilan.value()).orElseThrow().settledAs()).isEqualTo("CONTRACTED");
		assertThat(caseloadFlags(bilan)).doesNotContain("CONVENTION_UNSIGNED");
	}

	/** The alerts the counsellor's caseload shows on the bilan's row. */
	private java.util.List<String> caseloadFlags(BilanId bilan) {
		return jdbc.sql("select unnest(flags) from caseload_entry where bilan_id = :bilan").param("bilan", bilan.value())
				.query(String.class).list();
	}

	@Test
	void everySignatureWithoutConsentLeavesTheBilanAtTheFirstMeeting() {
		CurrentUser worker = world.worker("sans-accord");
		BilanId bilan = world.conventionReady(worker, "raisons", "motivations");

		conventions.sign(worker, bilan, Role.WORKER, hash(bilan), PASSWORD);
		conventions.sign(world.operatorAdmin, bilan, Role.OPERATOR_ADMIN, hash(bilan), PASSWORD);
		conventions.sign(world.fundOfficer, bilan, Role.FUND_OFFICER, hash(bilan), PASSWORD);

		assertThat(state(bilan)).isEqualTo(BilanState.FIRST_MEETING);
		assertThatThrownBy(() -> consents.give(worker, bilan, true, false)).isInstanceOf(TransitionRefused.class);
		consents.give(worker, bilan, true, true);
		assertThat(state(bilan)).isEqualTo(BilanState.CONTRACTED);
	}

	@Test
	void aCounsellorSignsForTheOperatorOnlyWhenTheAdminAllowedIt() throws Exception {
		BilanId bilan = world.conventionReady(world.worker("delegation"), "raisons", "motivations");

		assertThatThrownBy(() -> conventions.sign(world.counsellor, bilan, Role.COUNSELLOR, hash(bilan), PASSWORD))
				.isInstanceOf(TransitionRefused.class).hasMessage("contract.refused.notAllowedToSign");
		perform(post("/operator/bilans/" + bilan + "/convention/delegate").param("allowed", "true"), world.operatorAdmin);
		conventions.sign(world.counsellor, bilan, Role.COUNSELLOR, hash(bilan), PASSWORD);

		assertThat(rows.signatures(bilan.value())).singleElement().satisfies(signature -> {
			assertThat(signature.party()).isEqualTo(be.balise.scheme.ConventionParty.OPERATOR);
			assertThat(signature.signerRole()).isEqualTo("COUNSELLOR");
		});
		perform(post("/operator/bilans/" + bilan + "/convention/delegate").param("allowed", "false"), world.operatorAdmin);
	}

	@Test
	void theFundOfficerSignsSeveralConventionsAtOnce() throws Exception {
		BilanId first = world.conventionReady(world.worker("lot-un"), "raisons", "motivations");
		BilanId second = world.conventionReady(world.worker("lot-deux"), "raisons", "motivations");
		String list = mvc.perform(get("/fund/conventions").with(user(world.fundOfficer))).andReturn().getResponse()
				.getContentAsString();
		assertThat(list).contains(first.toString(), second.toString()).doesNotContain("motivations");

		perform(post("/fund/conventions/sign").param("bilan", first.toString(), second.toString()).param("password", PASSWORD),
				world.fundOfficer);

		assertThat(rows.signatures(first.value())).extracting(Conventions.Signature::party)
				.containsExactly(be.balise.scheme.ConventionParty.FUND);
		assertThat(rows.signatures(second.value())).extracting(Conventions.Signature::party)
				.containsExactly(be.balise.scheme.ConventionParty.FUND);
		assertThat(mvc.perform(get("/fund/conventions").with(user(world.fundOfficer))).andReturn().getResponse()
				.getContentAsString()).doesNotContain(first.toString(), second.toString());
	}

	@Test
	void bulkSigningWithAWrongPasswordOrAnotherFundsConventionSignsNothing() {
		BilanId mine = world.conventionReady(world.worker("lot-refus"), "raisons", "motivations");

		assertThatThrownBy(() -> conventions.signMany(world.fundOfficer, List.of(mine), "faux"))
				.isInstanceOf(TransitionRefused.class);
		assertThatThrownBy(() -> conventions.signMany(world.otherFundOfficer, List.of(mine), PASSWORD))
				.isInstanceOf(BilanNotFound.class);
		assertThat(rows.signatures(mine.value())).isEmpty();
	}

	@Test
	void theOperatorAdminRecordsTheEmployersPaperSignature() throws Exception {
		World paper = worlds.createWithPassword(PASSWORD);
		jdbc.sql("update scheme set convention_parties = 'WORKER,EMPLOYER,OPERATOR' where id = :id")
				.param("id", paper.scheme.id().value()).update();
		CurrentUser worker = paper.worker("papier");
		BilanId bilan = paper.conventionReady(worker, "raisons", "motivations");
		String hash = hash(bilan);
		conventions.sign(worker, bilan, Role.WORKER, hash, PASSWORD);
		conventions.sign(paper.operatorAdmin, bilan, Role.OPERATOR_ADMIN, hash, PASSWORD);
		consents.give(worker, bilan, true, true);
		assertThat(state(bilan)).isEqualTo(BilanState.FIRST_MEETING);

		MvcResult future = perform(multipart("/operator/bilans/" + bilan + "/convention/paper")
				.file(new MockMultipartFile("file", "signee.pdf", "application/pdf", pdf()))
				.param("signerName", "Claire Martin, DRH").param("signedOn", LocalDate.now().plusDays(3).toString()),
				paper.operatorAdmin);
		assertThat(future.getFlashMap().get("problem")).isEqualTo("contract.error.signedOn");
		perform(multipart("/operator/bilans/" + bilan + "/convention/paper")
				.file(new MockMultipartFile("file", "signee.pdf", "application/pdf", pdf()))
				.param("signerName", "Claire Martin, DRH").param("signedOn", LocalDate.now().toString()), paper.operatorAdmin);

		assertThat(state(bilan)).isEqualTo(BilanState.CONTRACTED);
		var employer = rows.signatures(bilan.value()).stream()
				.filter(s -> s.party() == be.balise.scheme.ConventionParty.EMPLOYER).findFirst().orElseThrow();
		assertThat(employer.signerName()).isEqualTo("Claire Martin, DRH");
		assertThat(employer.recordedBy()).isEqualTo(paper.operatorAdmin.id().value());
		assertThat(employer.scanFileId()).isNotNull();
		assertThat(mvc.perform(get("/operator/bilans/" + bilan + "/convention/paper").with(user(paper.operatorAdmin)))
				.andReturn().getResponse().getContentAsByteArray()).isEqualTo(pdf());
		assertThat(status(get("/operator/bilans/" + bilan + "/convention/paper"), world.operatorAdmin)).isEqualTo(404);
	}

	@Test
	void anUnsignedConventionLapsesPastTheSchemesDeadline() {
		World late = worlds.createWithPassword(PASSWORD);
		jdbc.sql("update scheme set signing_deadline_days = 10 where id = :id").param("id", late.scheme.id().value()).update();
		CurrentUser worker = late.worker("en-retard");
		BilanId bilan = late.conventionReady(worker, "raisons", "motivations");
		var deadline = rows.find(bilan.value()).orElseThrow().deadlineAt();
		assertThat(deadline).isNotNull();

		lapses.apply(Clock.fixed(deadline.minus(Duration.ofHours(1)), ZoneOffset.UTC));
		assertThat(state(bilan)).isEqualTo(BilanState.FIRST_MEETING);

		assertThat(lapses.apply(Clock.fixed(deadline.plus(Duration.ofMinutes(1)), ZoneOffset.UTC))).isGreaterThanOrEqualTo(1);
		assertThat(state(bilan)).isEqualTo(BilanState.LAPSED);
		assertThat(rows.find(bilan.value()).orElseThrow().settledAs()).isEqualTo("LAPSED");
		assertThat(caseloadFlags(bilan)).doesNotContain("CONVENTION_UNSIGNED");
		assertThatThrownBy(() -> conventions.sign(worker, bilan, Role.WORKER, hash(bilan), PASSWORD))
				.isInstanceOf(TransitionRefused.class).hasMessage("contract.refused.closed");
	}

	@Test
	void aContractedBilanDoesNotLapse() {
		World late = worlds.createWithPassword(PASSWORD);
		jdbc.sql("update scheme set signing_deadline_days = 5 where id = :id").param("id", late.scheme.id().value()).update();
		CurrentUser worker = late.worker("a-temps");
		BilanId bilan = late.conventionReady(worker, "raisons", "motivations");
		conventions.sign(worker, bilan, Role.WORKER, hash(bilan), PASSWORD);
		conventions.sign(late.operatorAdmin, bilan, Role.OPERATOR_ADMIN, hash(bilan), PASSWORD);
		conventions.sign(late.fundOfficer, bilan, Role.FUND_OFFICER, hash(bilan), PASSWORD);
		consents.give(worker, bilan, true, true);

		lapses.apply(Clock.fixed(rows.find(bilan.value()).orElseThrow().deadlineAt().plus(Duration.ofDays(1)), ZoneOffset.UTC));

		assertThat(state(bilan)).isEqualTo(BilanState.CONTRACTED);
	}

	@Test
	@Tag("balises-C10")
	void withdrawingConsentEndsTheBilanAsAbandonedAndStartsItsRetention() throws Exception {
		CurrentUser worker = world.worker("retrait");
		BilanId bilan = world.conventionReady(worker, "raisons", "motivations");
		consents.give(worker, bilan, true, true);
		String page = mvc.perform(get("/worker/bilans/" + bilan + "/consent").with(user(worker))).andReturn().getResponse()
				.getContentAsString();
		String charter = String.valueOf(references.current(be.balise.reference.DocumentKind.CHARTER).version());
		assertThat(page).contains("/worker/bilans/" + bilan + "/consent/withdraw", "/reference/charter/versions/" + charter);
		assertThat(jdbc.sql("select charter_version from bilan_consent where bilan_id = :id").param("id", bilan.value())
				.query(String.class).single()).isEqualTo(charter);

		perform(post("/worker/bilans/" + bilan + "/consent/withdraw").param("reason", "Je change d'avis"), worker);

		assertThat(state(bilan)).isEqualTo(BilanState.ABANDONED);
		assertThat(jdbc.sql("select final_at is not null from bilan where id = :id").param("id", bilan.value())
				.query(Boolean.class).single()).isTrue();
		assertThat(jdbc.sql("select withdrawn_at is not null from bilan_consent where bilan_id = :id")
				.param("id", bilan.value()).query(Boolean.class).single()).isTrue();
	}

	@Test
	void theConventionIsGeneratedOnce() {
		CurrentUser worker = world.worker("une-fois");
		BilanId bilan = world.conventionReady(worker, "raisons", "motivations");
		var first = rows.find(bilan.value()).orElseThrow();

		assertThatThrownBy(() -> firstMeetings.continueToConvention(world.counsellor, bilan, readyForm()))
				.isInstanceOf(TransitionRefused.class).hasMessage("contract.refused.firstMeetingClosed");

		assertThat(rows.find(bilan.value()).orElseThrow().fileId()).isEqualTo(first.fileId());
		assertThat(jdbc.sql("select count(*) from stored_file where purpose = 'contract.convention' and owner_id = :id")
				.param("id", bilan.value()).query(Integer.class).single()).isEqualTo(1);
	}

	@Test
	void theWorkerIsToldOnceThatTheConventionWaitsWithALinkAndNoContent() {
		CurrentUser worker = world.worker("averti");
		BilanId bilan = world.conventionReady(worker, "raisons confidentielles", "motivations confidentielles");

		var mails = jdbc.sql("select recipient, body from outbox_message where bilan_id = :id and subject = :subject")
				.param("id", bilan.value()).param("subject", "Balise : votre convention est prête à signer")
				.query().listOfRows();
		assertThat(mails).singleElement().satisfies(mail -> {
			assertThat(mail.get("recipient")).isEqualTo(worker.email());
			assertThat(mail.get("body").toString()).contains("/worker/bilans/" + bilan).doesNotContain("confidentielles");
		});
	}

	@Autowired FirstMeetingService firstMeetings;

	static FirstMeetingForm readyForm() {
		var form = new FirstMeetingForm();
		form.setHeldOn(LocalDate.now());
		form.setPresentedOperator(true);
		form.setPresentedProcess(true);
		form.setPresentedMethods(true);
		form.setPresentedTools(true);
		form.setVoluntaryConfirmed(true);
		form.setPlannedHours(java.math.BigDecimal.TEN);
		form.setRhythmWeeks(2);
		form.setModality(MeetingModality.REMOTE);
		return form;
	}

	private CurrentUser worker(BilanId bilan) {
		return accountOf(bilan);
	}

	@Autowired be.balise.identity.AccountService accounts;

	private CurrentUser accountOf(BilanId bilan) {
		var id = jdbc.sql("select worker_id from bilan where id = :id").param("id", bilan.value())
				.query(java.util.UUID.class).single();
		return accounts.findById(new be.balise.identity.AccountId(id)).orElseThrow();
	}

	private String hash(BilanId bilan) {
		return rows.find(bilan.value()).orElseThrow().sha256();
	}

	private BilanState state(BilanId bilan) {
		return BilanState.valueOf(jdbc.sql("select state from bilan where id = :id").param("id", bilan.value())
				.query(String.class).single());
	}

	private MvcResult perform(org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder<?> request,
			CurrentUser as) throws Exception {
		return mvc.perform(request.with(user(as)).with(csrf())).andReturn();
	}

	private int status(MockHttpServletRequestBuilder request, CurrentUser as) throws Exception {
		return mvc.perform(request.with(user(as))).andReturn().getResponse().getStatus();
	}

	static String sha256(byte[] bytes) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
	}

	static byte[] pdf() {
		return "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
				.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
	}
}
