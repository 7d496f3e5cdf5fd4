package be.balise.instruments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Every bank shipped with Balise loads and meets the rules; the check catches each kind of fault. */
@Tag("balises-C5")
class ItemBanksTest {

	private final ItemBanks banks = new ItemBanks();

	@Test
	void everyBankLoadsWithoutAProblem() {
		assertThat(banks.all()).extracting(ItemBank::id).containsExactly("big-five", "riasec", "work-values");
		for (ItemBank bank : banks.all()) {
			assertThat(ItemBankCheck.problems(bank)).as(bank.id()).isEmpty();
		}
	}

	@Test
	void riasecHasTheFortyEightMarkersEightPerTypeNoneReversed() {
		ItemBank riasec = banks.get("riasec");
		assertThat(riasec.items()).hasSize(48).noneMatch(ItemBank.Item::reverse);
		for (String type : HollandProfile.HEXAGON) {
			assertThat(riasec.itemsOf(type)).extracting(ItemBank.Item::source)
					.containsExactly(type + "1", type + "2", type + "3", type + "4", type + "5", type + "6", type + "7", type + "8");
		}
		assertThat(riasec.format().min()).isEqualTo(1);
		assertThat(riasec.format().max()).isEqualTo(5);
	}

	@Test
	void bigFiveHasTheFiftyIpipMarkersWithTheSourceKeys() {
		ItemBank bigFive = banks.get("big-five");
		assertThat(bigFive.items()).hasSize(50);
		assertThat(bigFive.scales()).extracting(ItemBank.Scale::id).containsExactly("E", "A", "C", "ES", "I");
		bigFive.scales().forEach(scale -> assertThat(bigFive.itemsOf(scale.id())).hasSize(10));
		// The "-" keys of ipip-50.csv, copied by hand from the source file.
		Set<Integer> reversed = Set.of(2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 29, 30, 32, 34, 36, 38, 39, 44, 46, 49);
		Set<Integer> actual = bigFive.items().stream().filter(ItemBank.Item::reverse)
				.map(item -> Integer.valueOf(item.source().replace("IPIP-50 #", ""))).collect(Collectors.toSet());
		assertThat(actual).isEqualTo(reversed);
	}

	@Test
	void workValuesSortsAtLeastThreeOfOurOwnStatementsPerValueIntoFourColumns() {
		ItemBank values = banks.get("work-values");
		assertThat(values.format().kind()).isEqualTo(ItemBank.FormatKind.CARD_SORT);
		assertThat(values.format().labels()).hasSize(4);
		assertThat(values.scales()).extracting(ItemBank.Scale::id)
				.containsExactly("ACHIEVEMENT", "INDEPENDENCE", "RECOGNITION", "RELATIONSHIPS", "SUPPORT", "CONDITIONS");
		values.scales().forEach(scale -> assertThat(values.itemsOf(scale.id()).size()).isGreaterThanOrEqualTo(3));
		assertThat(values.items()).allMatch(item -> item.source().equals(ItemBank.OUR_OWN));
	}

	@Test
	void aMissingTranslationIsFound() {
		assertThat(problemsAfter(item -> new ItemBank.Item(item.id(), item.scale(), item.reverse(), item.source(),
				new Text(item.text().fr(), "", item.text().en())))).anyMatch(p -> p.contains("missing translation"));
	}

	@Test
	void twoLanguagesWithIdenticalTextAreFound() {
		assertThat(problemsAfter(item -> new ItemBank.Item(item.id(), item.scale(), item.reverse(), item.source(),
				new Text(item.text().fr(), item.text().nl(), item.text().fr())))).anyMatch(p -> p.contains("identical text"));
	}

	@Test
	void anItemWithoutAScaleIsFound() {
		assertThat(problemsAfter(item -> new ItemBank.Item(item.id(), null, item.reverse(), item.source(), item.text())))
				.anyMatch(p -> p.contains("item without a scale"));
	}

	@Test
	void anItemWithNeitherSourceNorOurOwnIsFound() {
		assertThat(problemsAfter(item -> new ItemBank.Item(item.id(), item.scale(), item.reverse(), " ", item.text())))
				.anyMatch(p -> p.contains("neither a source id"));
	}

	@Test
	void aScaleWithoutItemsIsFound() {
		ItemBank riasec = banks.get("riasec");
		List<ItemBank.Item> withoutRealistic = riasec.items().stream().filter(item -> !item.scale().equals("R")).toList();
		assertThat(ItemBankCheck.problems(withItems(riasec, withoutRealistic))).contains("R: scale without items");
	}

	@Test
	void theCheckedBankIsTheOneTheApplicationRefusesToStartWith() {
		ItemBank broken = withItems(banks.get("riasec"), List.of());
		assertThat(ItemBankCheck.problems(broken)).isNotEmpty();
		assertThatThrownBy(() -> banks.get("no-such-bank")).isInstanceOf(IllegalArgumentException.class);
	}

	/** The problems of the RIASEC bank after changing its first item. */
	private List<String> problemsAfter(UnaryOperator<ItemBank.Item> change) {
		ItemBank riasec = banks.get("riasec");
		List<ItemBank.Item> items = new ArrayList<>(riasec.items());
		items.set(0, change.apply(items.get(0)));
		return ItemBankCheck.problems(withItems(riasec, items));
	}

	private static ItemBank withItems(ItemBank bank, List<ItemBank.Item> items) {
		return new ItemBank(bank.id(), bank.version(), bank.title(), bank.instructions(), bank.source(), bank.format(),
				bank.scoring(), bank.bands(), bank.pageSize(), bank.scales(), items);
	}
}
