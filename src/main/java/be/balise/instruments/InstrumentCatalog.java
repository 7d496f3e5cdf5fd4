package be.balise.instruments;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

/**
 * Every item bank an assignment may refer to: the built-in ones (read from data files) and the published versions of
 * operators' questionnaires. A counsellor may assign the built-in banks and their own operator's questionnaires.
 */
@Component
public class InstrumentCatalog {

	private final ItemBanks builtIn;
	private final OperatorQuestionnaires questionnaires;

	InstrumentCatalog(ItemBanks builtIn, OperatorQuestionnaires questionnaires) {
		this.builtIn = builtIn;
		this.questionnaires = questionnaires;
	}

	/** The bank an assignment was made with: its id and the version it was assigned in. */
	public ItemBank get(String id, int version) {
		if (id.startsWith(OperatorQuestionnaires.CODE_PREFIX)) {
			return questionnaires.version(id, version).orElseThrow(() -> new IllegalArgumentException("No questionnaire " + id));
		}
		return builtIn.get(id);
	}

	/** What a counsellor of {@code operator} may assign: the built-in banks, then the operator's published questionnaires. */
	public List<ItemBank> assignable(UUID operator) {
		List<ItemBank> banks = new ArrayList<>(builtIn.all());
		if (operator != null) {
			banks.addAll(questionnaires.latestPublished(operator));
		}
		return List.copyOf(banks);
	}
}
