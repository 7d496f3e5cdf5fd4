package be.balise.synthesis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import be.balise.assessment.AssessmentAccess;
import be.balise.assessment.BilanId;
import be.balise.assessment.BilanState;
import be.balise.assessment.Journey;
import be.balise.identity.AccountService;
import be.balise.identity.CurrentUser;
import be.balise.testing.FullStackTest;
import be.balise.testing.World;
import be.balise.testing.WorldFactory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import jakarta.servlet.http.Cookie;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The worker alone shares the validated synthesis (SECURITY.md S8: password again), with one recipient, an expiry
 * and a code; the recipient opens it without an account; each opening is shown to the worker; revoked or expired,
 * the link stops working; wrong codes are counted and block the link for a while; only hashes are stored.
 */
@FullStackTest
@Tag("balises-D4")
class ShareTest {

	static final String PASSWORD = "a share of my synthesis";
	private static final Pattern LINK = Pattern.compile("id=\"share-link\">[^<]*/shared/([A-Za-z0-9_-]+)<");
	private static final Pattern CODE = Pattern.compile("id=\"share-code\">([A-Z0-9-]+)<");

	@Autowired MockMvc mvc;
	@Autowired WorldFactory worlds;
	@Autowired Journey journey;
	@Autowired SynthesisService synthesis;
	@Autowired Shares shares;
	@Autowired Revisions revisions;
	@Autowired AssessmentAccess access;
	@Autowired AccountService accounts;
	@Autowired JdbcClient jdbc;

	@Test
	@Tag("balises-S8")
	void theWorkerSharesWithTheirPasswordTheRecipientOpensWithTheCodeAndARevokedLinkStopsWorking() throws Exception {
		World world = worlds.createWithPassword(PASSWORD);
		CurrentUser worker = world.worker("share-flow");
		BilanId bilan = validated(world, worker, "Projet : boulangerie artisanale");
		String shares = "/worker/bilans/" + bilan + "/synthesis/shares";
		String expiry = LocalDate.now().plusDays(30).toString();

		MockHttpServletResponse refused = mvc.perform(post(shares).param("recipient", "Mme Dupont, RH").param("expiresOn", expiry)
				.param("password", "not my password at all").with(csrf()).with(user(worker))).andReturn().getResponse();
		assertThat(refused.getStatus()).isEqualTo(422);
		assertThat(refused.getContentAsString(StandardCharsets.UTF_8)).doesNotContain("id=\"share-code\"");
		assertThat(this.shares.all(bilan.value())).isEmpty();

		String created = mvc.perform(post(shares).param("recipient", "Mme Dupont, RH").param("expiresOn", expiry)
				.param("password", PASSWORD).with(csrf()).with(user(worker))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		String token = group(LINK, created);
		String code = group(CODE, created);
		assertThat(jdbc.sql("select count(*) from synthesis_share where token_hash = :t or code_hash = :c or token_hash = :h")
				.param("t", token).param("c", code).param("h", ShareService.hash(token)).query(Long.class).single())
				.as("only the hash of the token is stored").isEqualTo(1);
		String stored = jdbc.sql("select code_hash from synthesis_share where token_hash = :h").param("h", ShareService.hash(token))
				.query(String.class).single();
		assertThat(stored).doesNotContain(code).isNotEqualTo(ShareService.hash(code));

		// a fresh visitor, no account
		Visitor visitor = new Visitor();
		String ask = visitor.send(get("/shared/" + token)).getContentAsString(StandardCharsets.UTF_8);
		assertThat(ask).contains("share-code-input").doesNotContain("boulangerie");
		assertThat(visitor.send(get("/shared/" + token + "/pdf")).getStatus()).isEqualTo(404);
		MockHttpServletResponse wrong = visitor.send(post("/shared/" + token).param("code", "AAAAA-AAAAA").with(csrf()));
		assertThat(wrong.getStatus()).isEqualTo(422);
		assertThat(wrong.getContentAsString(StandardCharsets.UTF_8)).doesNotContain("boulangerie");
		assertThat(visitor.send(post("/shared/" + token).param("code", code.toLowerCase()).with(csrf())).getStatus()).isEqualTo(302);
		MockHttpServletResponse opened = visitor.send(get("/shared/" + token));
		assertThat(opened.getStatus()).isEqualTo(200);
		assertThat(opened.getContentAsString(StandardCharsets.UTF_8)).contains("Projet : boulangerie artisanale")
				.doesNotContain("raisons du test").doesNotContain("motivations du test");
		MockHttpServletResponse pdf = visitor.send(get("/shared/" + token + "/pdf"));
		assertThat(pdf.getStatus()).isEqualTo(200);
		assertThat(pdf.getContentType()).isEqualTo("application/pdf");

		// the worker sees the opening, then revokes
		String list = mvc.perform(get(shares).with(user(worker))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(list).contains("Mme Dupont, RH").contains("share-openings").doesNotContain(code);
		Share share = this.shares.all(bilan.value()).get(0);
		assertThat(share.openings()).hasSize(1);
		assertThat(mvc.perform(post(shares + "/" + share.id() + "/revoke").with(csrf()).with(user(worker))).andReturn().getResponse()
				.getStatus()).isEqualTo(302);

		MockHttpServletResponse gone = visitor.send(get("/shared/" + token));
		assertThat(gone.getStatus()).isEqualTo(404);
		assertThat(gone.getContentAsString(StandardCharsets.UTF_8)).contains("share-gone").doesNotContain("boulangerie");
		assertThat(visitor.send(get("/shared/" + token + "/pdf")).getStatus()).isEqualTo(404);
		assertThat(mvc.perform(get("/shared/" + "x".repeat(43))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
				.as("an unknown link says the same").contains("share-gone");
	}

	@Test
	void onlyTheWorkerSharesAndOnlyAValidatedSynthesis() throws Exception {
		World world = worlds.createWithPassword(PASSWORD);
		CurrentUser worker = world.worker("share-only");
		BilanId bilan = concluding(world, worker);
		synthesis.start(world.counsellor, bilan);
		String shares = "/worker/bilans/" + bilan + "/synthesis/shares";
		String expiry = LocalDate.now().plusDays(10).toString();

		MockHttpServletResponse early = mvc.perform(post(shares).param("recipient", "Employeur").param("expiresOn", expiry)
				.param("password", PASSWORD).with(csrf()).with(user(worker))).andReturn().getResponse();
		assertThat(early.getStatus()).isEqualTo(422);
		assertThat(mvc.perform(post(shares).param("recipient", "Employeur").param("expiresOn", expiry).param("password", PASSWORD)
				.with(csrf()).with(user(world.counsellor))).andReturn().getResponse().getStatus()).isEqualTo(403);
		CurrentUser other = world.worker("share-other");
		assertThat(mvc.perform(post(shares).param("recipient", "Employeur").param("expiresOn", expiry).param("password", PASSWORD)
				.with(csrf()).with(user(other))).andReturn().getResponse().getStatus()).isEqualTo(404);
		assertThat(this.shares.all(bilan.value())).isEmpty();
	}

	@Test
	void aShareWorksUntilTheEndOfItsExpiryDayInBrusselsThenStops() {
		World world = worlds.createWithPassword(PASSWORD);
		CurrentUser worker = world.worker("share-expiry");
		BilanId bilan = validated(world, worker, "Projet daté");
		Instant createdAt = LocalDate.of(2031, 5, 10).atTime(9, 0).atZone(ZoneId.of("Europe/Brussels")).toInstant();
		ShareService.Created created = at(createdAt).create(worker, bilan, "Centre de formation", LocalDate.of(2031, 5, 20), PASSWORD)
				.created().orElseThrow();

		Instant lastMinute = LocalDate.of(2031, 5, 20).atTime(23, 59).atZone(ZoneId.of("Europe/Brussels")).toInstant();
		assertThat(at(lastMinute).live(created.token())).isTrue();
		assertThat(at(lastMinute).unlock(created.token(), created.code())).isEqualTo(ShareService.Unlock.OPENED);
		Instant nextDay = LocalDate.of(2031, 5, 21).atStartOfDay(ZoneId.of("Europe/Brussels")).toInstant();
		assertThat(at(nextDay).live(created.token())).isFalse();
		assertThat(at(nextDay).unlock(created.token(), created.code())).isEqualTo(ShareService.Unlock.GONE);
		assertThat(at(createdAt).create(worker, bilan, "Trop loin", LocalDate.of(2032, 6, 1), PASSWORD).refusal())
				.isEqualTo(ShareService.Refusal.EXPIRY);
		assertThat(at(createdAt).create(worker, bilan, "Passé", LocalDate.of(2031, 5, 9), PASSWORD).refusal())
				.isEqualTo(ShareService.Refusal.EXPIRY);
	}

	@Test
	void fiveWrongCodesBlockTheLinkForAQuarterOfAnHour() {
		World world = worlds.createWithPassword(PASSWORD);
		CurrentUser worker = world.worker("share-codes");
		BilanId bilan = validated(world, worker, "Projet protégé");
		Instant now = Instant.now();
		ShareService.Created created = at(now).create(worker, bilan, "Employeur", LocalDate.now().plusDays(5), PASSWORD)
				.created().orElseThrow();

		for (int i = 1; i < ShareService.ATTEMPTS; i++) {
			assertThat(at(now).unlock(created.token(), "WRONG-" + i)).isEqualTo(ShareService.Unlock.WRONG);
		}
		assertThat(at(now).unlock(created.token(), "WRONG-5")).isEqualTo(ShareService.Unlock.BLOCKED);
		assertThat(at(now.plus(Duration.ofMinutes(14))).unlock(created.token(), created.code()))
				.as("even the right code waits").isEqualTo(ShareService.Unlock.BLOCKED);
		assertThat(at(now.plus(Duration.ofMinutes(16))).unlock(created.token(), created.code())).isEqualTo(ShareService.Unlock.OPENED);
		assertThat(shares.all(bilan.value()).get(0).openings()).hasSize(1);
	}

	/** Someone without an account, whose browser keeps the session cookie (the session lives in the database). */
	private final class Visitor {
		private Cookie session;

		MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
			if (session != null) {
				request.cookie(session);
			}
			MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
			Cookie given = response.getCookie("SESSION");
			if (given != null) {
				session = given;
			}
			return response;
		}
	}

	private ShareService at(Instant instant) {
		return new ShareService(shares, revisions, access, accounts, Clock.fixed(instant, ZoneId.of("UTC")));
	}

	private BilanId concluding(World world, CurrentUser worker) {
		BilanId bilan = world.investigating(worker, "raisons du test", "motivations du test");
		journey.moveToPhase(world.counsellor, bilan, BilanState.CONCLUSION, null);
		return bilan;
	}

	private BilanId validated(World world, CurrentUser worker, String project) {
		BilanId bilan = concluding(world, worker);
		synthesis.start(world.counsellor, bilan);
		synthesis.save(world.counsellor, bilan, 1, SynthesisTest.sections(Section.PROJECTS, project));
		synthesis.validate(world.counsellor, bilan, 2);
		synthesis.validate(worker, bilan, 2);
		return bilan;
	}

	private static String group(Pattern pattern, String text) {
		Matcher matcher = pattern.matcher(text);
		assertThat(matcher.find()).as(pattern.pattern()).isTrue();
		return matcher.group(1);
	}
}
