package be.balise.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import be.balise.testing.FullStackTest;
import be.balise.testing.World;
import be.balise.testing.WorldFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/** The list queries on PostgreSQL: scope, state filter, the three orders, paging and totals. */
@FullStackTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BilanListsTest {

	@Autowired WorldFactory worlds;
	@Autowired BilanLists lists;
	@Autowired Journey journey;

	World world;
	BilanId first;
	BilanId second;
	BilanId third;

	@BeforeAll
	void threeBilansOfOneCounsellor() {
		world = worlds.create();
		first = world.investigating(world.worker("first"), "r", "m");
		second = world.investigating(world.worker("second"), "r", "m");
		third = world.investigating(world.worker("third"), "r", "m");
		journey.moveToPhase(world.counsellor, second, BilanState.CONCLUSION, null);
		journey.moveToPhase(world.counsellor, first, BilanState.CONCLUSION, null);
	}

	@Test
	void ordersTheCaseloadByLastChangeRequestOrState() {
		assertThat(caseload(BilanSort.UPDATED)).containsExactly(first, second, third);
		assertThat(caseload(BilanSort.CREATED)).containsExactly(third, second, first);
		assertThat(caseload(BilanSort.STATE)).containsExactly(third, first, second);
	}

	@Test
	void pagesWithATotalOfEveryMatchingBilan() {
		var page = lists.caseload(world.counsellor.id().value(), false, BilanSort.UPDATED, 1, 2);

		assertThat(page.rows()).extracting(BilanSummary::id).containsExactly(third);
		assertThat(page.total()).isEqualTo(3);
		assertThat(page.pages()).isEqualTo(2);
		assertThat(page.hasNext()).isFalse();
	}

	@Test
	void filtersTheOperatorsBilansByState() {
		var page = lists.ofOperators(Set.of(world.operator.value()), BilanState.CONCLUSION, BilanSort.UPDATED, 0, 10);

		assertThat(page.rows()).extracting(BilanSummary::id).containsExactly(first, second);
		assertThat(lists.ofOperators(Set.of(), null, BilanSort.UPDATED, 0, 10).rows()).isEmpty();
	}

	@Test
	void listsTheBilansOfAFundsSchemes() {
		var page = lists.ofSchemes(Set.of(world.scheme.id().value()), null, BilanSort.CREATED, 0, 10);

		assertThat(page.rows()).extracting(BilanSummary::id).containsExactly(third, second, first);
	}

	private java.util.List<BilanId> caseload(BilanSort sort) {
		return lists.caseload(world.counsellor.id().value(), false, sort, 0, 10).rows().stream().map(BilanSummary::id).toList();
	}
}
