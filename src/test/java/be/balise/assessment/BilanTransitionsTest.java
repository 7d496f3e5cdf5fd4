package be.balise.assessment;

import static be.balise.assessment.BilanState.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

import be.balise.identity.Role;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every move of the journey tried from every state: allowed exactly where PRODUCT.md §2 allows it. */
class BilanTransitionsTest {

	static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");
	static final UUID WORKER = UUID.randomUUID();
	static final UUID COUNSELLOR = UUID.randomUUID();
	static final UUID OTHER_COUNSELLOR = UUID.randomUUID();
	static final UUID OPERATOR = UUID.randomUUID();
	static final Actor worker = new Actor(WORKER, Role.WORKER);
	static final Actor counsellor = new Actor(COUNSELLOR, Role.COUNSELLOR);
	static final Actor fund = new Actor(UUID.randomUUID(), Role.FUND_OFFICER);
	static final Actor operatorAdmin = new Actor(UUID.randomUUID(), Role.OPERATOR_ADMIN);

	record Move(String name, Set<BilanState> allowedFrom, Consumer<Bilan> action, BilanState expectedTarget) {
		@Override
		public String toString() {
			return name;
		}
	}

	static List<Move> moves() {
		var open = EnumSet.complementOf(EnumSet.copyOf(BilanState.FINAL));
		return List.of(
				new Move("askForInformation", EnumSet.of(REQUESTED), b -> b.askForInformation(fund, "Quel statut ?", NOW), INFORMATION_REQUESTED),
				new Move("provideInformation", EnumSet.of(INFORMATION_REQUESTED), b -> b.provideInformation(worker, NOW), REQUESTED),
				new Move("accept", EnumSet.of(REQUESTED), b -> b.accept(fund, NOW), ELIGIBLE),
				new Move("refuse", EnumSet.of(REQUESTED), b -> b.refuse(fund, "Hors secteur", NOW), REFUSED),
				new Move("chooseOperator", EnumSet.of(ELIGIBLE), b -> b.chooseOperator(worker, OPERATOR, NOW), OPERATOR_CHOSEN),
				new Move("assignCounsellor", EnumSet.of(OPERATOR_CHOSEN), b -> b.assignCounsellor(operatorAdmin, COUNSELLOR, NOW), FIRST_MEETING),
				new Move("declineAsCounsellor", EnumSet.of(FIRST_MEETING), b -> b.declineAsCounsellor(counsellor, "Conflit d'intérêts", NOW), OPERATOR_CHOSEN),
				new Move("declineAsOperator", EnumSet.of(OPERATOR_CHOSEN, FIRST_MEETING), b -> b.declineAsOperator(operatorAdmin, "Plus de place", NOW), ELIGIBLE),
				new Move("refer", EnumSet.of(FIRST_MEETING), b -> b.refer(counsellor, "VAE", "Projet déjà clair", NOW), REFERRED),
				new Move("contract", EnumSet.of(FIRST_MEETING), b -> b.contract(counsellor, NOW), CONTRACTED),
				new Move("lapse", EnumSet.of(FIRST_MEETING), b -> b.lapse(counsellor, NOW), LAPSED),
				new Move("toPreliminary", EnumSet.of(CONTRACTED, INVESTIGATION, CONCLUSION), b -> b.moveToPhase(counsellor, PRELIMINARY, "Revoir les objectifs", NOW), PRELIMINARY),
				new Move("toInvestigation", EnumSet.of(PRELIMINARY, CONCLUSION), b -> b.moveToPhase(counsellor, INVESTIGATION, "Explorer une piste", NOW), INVESTIGATION),
				new Move("toConclusion", EnumSet.of(PRELIMINARY, INVESTIGATION), b -> b.moveToPhase(counsellor, CONCLUSION, null, NOW), CONCLUSION),
				new Move("toFollowUp", EnumSet.of(CONCLUSION), b -> b.moveToPhase(counsellor, FOLLOW_UP, null, NOW), FOLLOW_UP),
				new Move("close", EnumSet.of(FOLLOW_UP), b -> b.close(counsellor, NOW), CLOSED),
				new Move("suspend", BilanState.SUSPENDABLE, b -> b.suspend(counsellor, "Congé de maladie", NOW), SUSPENDED),
				new Move("resume", EnumSet.of(SUSPENDED), b -> b.resume(counsellor, NOW), INVESTIGATION),
				new Move("abandon", open, b -> b.abandon(worker, null, NOW), ABANDONED));
	}

	static Stream<Arguments> everyMoveFromEveryState() {
		List<Arguments> cases = new ArrayList<>();
		for (Move move : moves()) {
			for (BilanState state : BilanState.values()) {
				cases.add(Arguments.of(move, state));
			}
		}
		return cases.stream();
	}

	@ParameterizedTest(name = "{0} from {1}")
	@MethodSource("everyMoveFromEveryState")
	void allowsEachMoveExactlyFromItsStates(Move move, BilanState from) {
		Bilan bilan = inState(from, 1);
		if (move.allowedFrom().contains(from)) {
			move.action().accept(bilan);
			assertThat(bilan.state()).isEqualTo(move.expectedTarget());
			assertThat(bilan.newEntries()).last().satisfies(entry -> {
				assertThat(entry.from()).isEqualTo(from);
				assertThat(entry.to()).isEqualTo(move.expectedTarget());
				assertThat(entry.at()).isEqualTo(NOW);
			});
		} else {
			assertThatThrownBy(() -> move.action().accept(bilan)).isInstanceOf(TransitionRefused.class);
			assertThat(bilan.state()).isEqualTo(from);
			assertThat(bilan.newEntries()).isEmpty();
		}
	}

	@Test
	void startsAsARequestAtTheWorkersInitiative() {
		Bilan bilan = Bilan.request(WORKER, UUID.randomUUID(), 2, NOW);

		assertThat(bilan.state()).isEqualTo(REQUESTED);
		assertThat(bilan.newEntries()).singleElement().satisfies(entry -> {
			assertThat(entry.actor()).isEqualTo(worker);
			assertThat(entry.to()).isEqualTo(REQUESTED);
		});
	}

	@Test
	void closesStraightFromTheConclusionWhenTheSchemeHasNoFollowUp() {
		Bilan bilan = inState(CONCLUSION, 0);

		assertThatThrownBy(() -> bilan.moveToPhase(counsellor, FOLLOW_UP, null, NOW))
				.isInstanceOf(TransitionRefused.class).hasMessage("assessment.refused.noFollowUp");
		bilan.close(counsellor, NOW);

		assertThat(bilan.state()).isEqualTo(CLOSED);
		assertThat(bilan.finalAt()).isEqualTo(NOW);
	}

	@Test
	void refusesClosingFromTheConclusionWhenAFollowUpIsDue() {
		Bilan bilan = inState(CONCLUSION, 1);

		assertThatThrownBy(() -> bilan.close(counsellor, NOW)).hasMessage("assessment.refused.followUpFirst");
	}

	@Test
	void refusesStepingBackAPhaseWithoutAReason() {
		Bilan bilan = inState(CONCLUSION, 1);

		assertThatThrownBy(() -> bilan.moveToPhase(counsellor, INVESTIGATION, " ", NOW))
				.hasMessage("assessment.refused.reasonRequired");
		assertThat(bilan.state()).isEqualTo(CONCLUSION);
	}

	@Test
	void resumesInThePhaseItWasSuspendedFrom() {
		Bilan bilan = inState(PRELIMINARY, 1);

		bilan.suspend(counsellor, "Congé parental", NOW);
		bilan.resume(counsellor, NOW.plusSeconds(3600));

		assertThat(bilan.state()).isEqualTo(PRELIMINARY);
		assertThat(bilan.newEntries()).extracting(HistoryEntry::to).containsExactly(SUSPENDED, PRELIMINARY);
	}

	@Test
	void refusesARefusalWithoutAReason() {
		Bilan bilan = inState(REQUESTED, 1);

		assertThatThrownBy(() -> bilan.refuse(fund, "", NOW)).hasMessage("assessment.refused.reasonRequired");
	}

	@Test
	void letsOnlyTheBilansOwnCounsellorMoveIt() {
		Bilan bilan = inState(INVESTIGATION, 1);
		Actor another = new Actor(OTHER_COUNSELLOR, Role.COUNSELLOR);

		assertThatThrownBy(() -> bilan.moveToPhase(another, CONCLUSION, null, NOW)).hasMessage("assessment.refused.notCounsellor");
		assertThatThrownBy(() -> bilan.abandon(new Actor(UUID.randomUUID(), Role.WORKER), null, NOW))
				.hasMessage("assessment.refused.notWorker");
	}

	@Test
	@Tag("balises-D7")
	void freesTheCounsellorWhoDeclinesTheMission() {
		Bilan bilan = inState(FIRST_MEETING, 1);

		bilan.declineAsCounsellor(counsellor, "Je connais personnellement la personne", NOW);

		assertThat(bilan.state()).isEqualTo(OPERATOR_CHOSEN);
		assertThat(bilan.counsellorId()).isNull();
		assertThat(bilan.operatorId()).isEqualTo(OPERATOR);
	}

	@Test
	void sendsTheWorkerBackToChoosingWhenTheOperatorDeclines() {
		Bilan bilan = inState(FIRST_MEETING, 1);

		bilan.declineAsOperator(operatorAdmin, "Capacité atteinte", NOW);

		assertThat(bilan.state()).isEqualTo(ELIGIBLE);
		assertThat(bilan.operatorId()).isNull();
		assertThat(bilan.counsellorId()).isNull();
	}

	@Test
	@Tag("balises-C2")
	void changesCounsellorOnlyWithAReasonAndTheWorkersAgreement() {
		Bilan bilan = inState(INVESTIGATION, 1);

		assertThatThrownBy(() -> bilan.proposeCounsellorChange(operatorAdmin, OTHER_COUNSELLOR, "", NOW))
				.hasMessage("assessment.refused.reasonRequired");
		bilan.proposeCounsellorChange(operatorAdmin, OTHER_COUNSELLOR, "Départ de la conseillère", NOW);
		assertThat(bilan.counsellorId()).isEqualTo(COUNSELLOR);

		bilan.answerCounsellorChange(worker, true, NOW);

		assertThat(bilan.counsellorId()).isEqualTo(OTHER_COUNSELLOR);
		assertThat(bilan.proposedCounsellorId()).isNull();
		assertThat(bilan.newEntries()).extracting(HistoryEntry::kind)
				.containsExactly(HistoryEntry.Kind.COUNSELLOR_CHANGE_PROPOSED, HistoryEntry.Kind.COUNSELLOR_CHANGED);
	}

	@Test
	void keepsTheCounsellorWhenTheWorkerDoesNotAgreeToAChange() {
		Bilan bilan = inState(INVESTIGATION, 1);
		bilan.proposeCounsellorChange(operatorAdmin, OTHER_COUNSELLOR, "Réorganisation", NOW);

		bilan.answerCounsellorChange(worker, false, NOW);

		assertThat(bilan.counsellorId()).isEqualTo(COUNSELLOR);
		assertThatThrownBy(() -> bilan.answerCounsellorChange(worker, true, NOW)).hasMessage("assessment.refused.noChangeProposed");
	}

	@Test
	@Tag("balises-C10")
	void letsTheWorkerAbandonWithoutGivingAReason() {
		Bilan bilan = inState(INVESTIGATION, 1);

		bilan.abandon(worker, "   ", NOW);

		assertThat(bilan.state()).isEqualTo(ABANDONED);
		assertThat(bilan.finalAt()).isEqualTo(NOW);
		assertThat(bilan.newEntries()).last().extracting(HistoryEntry::reason).isNull();
	}

	@Test
	void recordsTheSchemeNamedInAReferral() {
		Bilan bilan = inState(FIRST_MEETING, 1);

		bilan.refer(counsellor, "Validation des compétences", "Le projet est déjà précis", NOW);

		assertThat(bilan.newEntries()).last().satisfies(entry -> {
			assertThat(entry.to()).isEqualTo(REFERRED);
			assertThat(entry.detail()).isEqualTo("Validation des compétences");
		});
	}

	/** A bilan standing in {@code state}, with the operator and counsellor that state implies. */
	static Bilan inState(BilanState state, int followUps) {
		boolean hasOperator = state.ordinal() >= OPERATOR_CHOSEN.ordinal() && state != REFUSED;
		boolean hasCounsellor = state.ordinal() >= FIRST_MEETING.ordinal();
		BilanState suspendedFrom = state == SUSPENDED ? INVESTIGATION : null;
		return new Bilan(BilanId.random(), WORKER, UUID.randomUUID(), followUps, NOW.minusSeconds(86_400), state,
				suspendedFrom, hasOperator ? OPERATOR : null, hasCounsellor ? COUNSELLOR : null, null,
				state.isFinal() ? NOW : null, 3);
	}
}
