package be.balise.instruments;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The rules every item bank must meet before a worker sees it; returns the problems, empty when none. */
final class ItemBankCheck {

	private ItemBankCheck() {
	}

	static List<String> problems(ItemBank bank) {
		List<String> problems = new ArrayList<>();
		text(problems, bank.id() + ".title", bank.title());
		text(problems, bank.id() + ".instructions", bank.instructions());
		var format = bank.format();
		if (format == null || format.labels() == null || format.labels().size() != format.max() - format.min() + 1) {
			problems.add(bank.id() + ": one label per answer point is needed");
		} else {
			for (int i = 0; i < format.labels().size(); i++) {
				text(problems, bank.id() + ".label" + i, format.labels().get(i));
			}
		}
		if (bank.bands() == null || bank.bands().lowBelow().compareTo(bank.bands().highAbove()) > 0) {
			problems.add(bank.id() + ": band limits missing or in the wrong order");
		}
		if (bank.pageSize() <= 0) {
			problems.add(bank.id() + ": page size must be positive");
		}
		Set<String> scaleIds = new HashSet<>();
		for (ItemBank.Scale scale : bank.scales()) {
			if (!scaleIds.add(scale.id())) {
				problems.add(scale.id() + ": scale id used twice");
			}
			text(problems, scale.id() + ".name", scale.name());
			text(problems, scale.id() + ".about", scale.about());
			if (scale.bands() == null) {
				problems.add(scale.id() + ": no band texts");
			} else {
				for (Band band : Band.values()) {
					text(problems, scale.id() + "." + band, scale.bands().of(band));
				}
			}
			if (bank.itemsOf(scale.id()).isEmpty()) {
				problems.add(scale.id() + ": scale without items");
			}
		}
		Set<String> itemIds = new HashSet<>();
		for (ItemBank.Item item : bank.items()) {
			if (!itemIds.add(item.id())) {
				problems.add(item.id() + ": item id used twice");
			}
			if (item.scale() == null || !scaleIds.contains(item.scale())) {
				problems.add(item.id() + ": item without a scale");
			}
			if (item.source() == null || item.source().isBlank()) {
				problems.add(item.id() + ": item with neither a source id nor \"" + ItemBank.OUR_OWN + "\"");
			}
			text(problems, item.id(), item.text());
		}
		return problems;
	}

	private static void text(List<String> problems, String where, Text text) {
		if (text == null || blank(text.fr()) || blank(text.nl()) || blank(text.en())) {
			problems.add(where + ": missing translation");
			return;
		}
		if (text.fr().equals(text.nl()) || text.fr().equals(text.en()) || text.nl().equals(text.en())) {
			problems.add(where + ": two languages with identical text");
		}
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}
}
