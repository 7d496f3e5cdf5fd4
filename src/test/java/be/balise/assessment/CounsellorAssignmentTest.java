package be.balise.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Set;

import be.balise.identity.CurrentUser;
import be.balise.identity.Role;
import be.balise.organisation.Language;
import be.balise.organisation.Organisations;
import be.balise.request.RequestService;
import be.balise.testing.FullStackTest;
import be.balise.testing.World;
import be.balise.testing.WorldFactory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The operator admin assigns a counsellor from suggestions; declines send the bilan back one step. */
@FullStackTest
class CounsellorAssignmentTest {

	@Autowired MockMvc mvc;
	@Autowired WorldFactory worlds;
	@Autowired RequestService requests;
	@Autowired Journey journey;
	@Autowired Bilans bilans;
	@Autowired Organisations organisations;
	@Autowired JdbcClient jdbc;

	BilanId atOperator(World world, CurrentUser worker) {
		BilanId bilan = world.request(worker, "raisons");
		requests.decide(world.fundOfficer, bilan, RequestService.DecisionChoice.ACCEPT, null);
		journey.chooseOperator(worker, bilan, world.operator.value());
		return bilan;
	}

	long mailsTo(CurrentUser person, BilanId bilan) {
		return jdbc.sql("select count(*) from outbox_message where recipient = :to and bilan_id = :bilan")
				.param("to", person.email()).param("bilan", bilan.value()).query(Long.class).single();
	}

	@Test
	void counsellorsWhoSpeakTheWorkersLanguageComeFirstThenThoseWithMostRoom() throws Exception {
		World world = worlds.create();
		// The counsellor already holds two bilans; the colleague none; a Dutch speaker has plenty of room.
		world.investigating(world.worker("busy1"), "r", "m");
		world.investigating(world.worker("busy2"), "r", "m");
		CurrentUser dutch = world.person("dutch", Role.COUNSELLOR);
		organisations.addCounsellor(world.operator, dutch.id(), 50, Set.of(Language.NL));
		BilanId bilan = atOperator(world, world.worker("french"));

		String html = mvc.perform(get("/operator/bilans/" + bilan).with(user(world.operatorAdmin))).andReturn()
				.getResponse().getContentAsString();
		String select = html.substring(html.indexOf("<select id=\"counsellor\""));
		int colleague = select.indexOf(world.colleague.id().toString());
		int counsellor = select.indexOf(world.counsellor.id().toString());
		int speaker = select.indexOf(dutch.id().toString());
		assertThat(colleague).isPositive().isLessThan(counsellor);
		assertThat(counsellor).isLessThan(speaker);
		assertThat(html).contains("8 sur 10").contains("10 sur 10").contains("50 sur 50");
	}

	@Test
	void theAssignedCounsellorIsToldByEmailWithoutContent() throws Exception {
		World world = worlds.create();
		CurrentUser worker = world.worker("zoe");
		BilanId bilan = atOperator(world, worker);
		mvc.perform(post("/operator/bilans/" + bilan + "/assign").with(csrf()).with(user(world.operatorAdmin))
				.param("counsellor", world.counsellor.id().toString()));
		assertThat(bilans.find(bilan).orElseThrow().state()).isEqualTo(BilanState.FIRST_MEETING);
		assertThat(mailsTo(world.counsellor, bilan)).isEqualTo(1);
		assertThat(mailsTo(world.colleague, bilan)).isZero();
		String body = jdbc.sql("select body from outbox_message where recipient = :to and bilan_id = :bilan")
				.param("to", world.counsellor.email()).param("bilan", bilan.value()).query(String.class).single();
		assertThat(body).contains("/counsellor/bilans/" + bilan).doesNotContain(worker.displayName()).doesNotContain("raisons");
	}

	@Test
	@Tag("balises-D7")
	void declinedByTheCounsellorTheBilanWaitsForAnotherCounsellorThenTheNewOneIsTold() throws Exception {
		World world = worlds.create();
		BilanId bilan = atOperator(world, world.worker("declined"));
		journey.assignCounsellor(world.operatorAdmin, bilan, world.counsellor.id().value());

		var declined = mvc.perform(post("/counsellor/bilans/" + bilan + "/decline").with(csrf())
				.with(user(world.counsellor)).param("reason", "Je connais la personne")).andReturn();
		assertThat(declined.getFlashMap().get("flash")).isEqualTo("assessment.done.declined");
		Bilan after = bilans.find(bilan).orElseThrow();
		assertThat(after.state()).isEqualTo(BilanState.OPERATOR_CHOSEN);
		assertThat(after.counsellorId()).isNull();
		assertThat(after.operatorId()).isEqualTo(world.operator.value());
		assertThat(mvc.perform(get("/operator/bilans/" + bilan).with(user(world.operatorAdmin))).andReturn()
				.getResponse().getContentAsString()).contains("action=\"/operator/bilans/" + bilan + "/assign\"");

		journey.assignCounsellor(world.operatorAdmin, bilan, world.colleague.id().value());
		assertThat(mailsTo(world.colleague, bilan)).isEqualTo(1);
	}

	@Test
	@Tag("balises-D7")
	void declinedByTheOperatorTheWorkerChoosesAnotherOperator() throws Exception {
		World world = worlds.create();
		CurrentUser worker = world.worker("redirected");
		BilanId bilan = atOperator(world, worker);
		var declined = mvc.perform(post("/operator/bilans/" + bilan + "/decline").with(csrf())
				.with(user(world.operatorAdmin)).param("reason", "Plus de place ce trimestre")).andReturn();
		assertThat(declined.getFlashMap().get("flash")).isEqualTo("assessment.done.declined");
		Bilan after = bilans.find(bilan).orElseThrow();
		assertThat(after.state()).isEqualTo(BilanState.ELIGIBLE);
		assertThat(after.operatorId()).isNull();
		assertThat(mvc.perform(get("/worker/bilans/" + bilan).with(user(worker))).andReturn().getResponse()
				.getContentAsString()).contains("value=\"" + world.otherOperator.value() + "\"");
		journey.chooseOperator(worker, bilan, world.otherOperator.value());
		assertThat(bilans.find(bilan).orElseThrow().operatorId()).isEqualTo(world.otherOperator.value());
	}

	@Test
	void onlyTheChosenOperatorAssignsAndOnlyItsCounsellorsDecline() throws Exception {
		World world = worlds.create();
		BilanId bilan = atOperator(world, world.worker("guarded"));
		assertThat(mvc.perform(get("/operator/bilans/" + bilan).with(user(world.otherOperatorAdmin))).andReturn()
				.getResponse().getStatus()).isEqualTo(404);
		var foreign = mvc.perform(post("/operator/bilans/" + bilan + "/assign").with(csrf())
				.with(user(world.otherOperatorAdmin)).param("counsellor", world.otherOperatorCounsellor.id().toString()))
				.andReturn().getResponse();
		assertThat(foreign.getStatus()).isEqualTo(404);
		// An admin cannot hand the bilan to a counsellor of another operator.
		var wrongCounsellor = mvc.perform(post("/operator/bilans/" + bilan + "/assign").with(csrf())
				.with(user(world.operatorAdmin)).param("counsellor", world.otherOperatorCounsellor.id().toString())).andReturn();
		assertThat(wrongCounsellor.getFlashMap().get("problem")).isEqualTo("assessment.refused.notACounsellorOfOperator");
		journey.assignCounsellor(world.operatorAdmin, bilan, world.counsellor.id().value());
		assertThat(mvc.perform(post("/counsellor/bilans/" + bilan + "/decline").with(csrf()).with(user(world.colleague))
				.param("reason", "pas moi")).andReturn().getResponse().getStatus()).isEqualTo(404);
		assertThat(bilans.find(bilan).orElseThrow().state()).isEqualTo(BilanState.FIRST_MEETING);
		assertThat(mailsTo(world.otherOperatorCounsellor, bilan)).isZero();
	}
}
