package be.balise.instruments;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import be.balise.identity.CurrentUser;
import be.balise.organisation.Operator;
import be.balise.organisation.Organisations;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Operator admins build questionnaires for their own counsellors: a draft with scales and Likert items (1 to 5) in at
 * least one language, scored by mean or sum, published as numbered versions of an {@link ItemBank}. An admin reaches
 * only their operators' questionnaires (404 otherwise); counsellors of another operator never see them.
 */
@Service
@Transactional
public class QuestionnaireService {

	static final int PAGE_SIZE = 10;

	private final OperatorQuestionnaires questionnaires;
	private final Organisations organisations;
	private final MessageSource messages;
	private final Clock clock;

	QuestionnaireService(OperatorQuestionnaires questionnaires, Organisations organisations, MessageSource messages, Clock clock) {
		this.questionnaires = questionnaires;
		this.organisations = organisations;
		this.messages = messages;
		this.clock = clock;
	}

	public List<Operator> operators(CurrentUser admin) {
		return organisations.operatorsOfAdmin(admin.id());
	}

	List<QuestionnaireRow> list(CurrentUser admin) {
		return questionnaires.ofOperators(operators(admin).stream().map(operator -> operator.id().value()).toList());
	}

	QuestionnaireRow require(CurrentUser admin, UUID id) {
		return questionnaires.find(id).filter(row -> administers(admin, row.operatorId())).orElseThrow(QuestionnaireNotFound::new);
	}

	UUID create(CurrentUser admin, UUID operator, Text title, ItemBank.Scoring scoring) {
		if (!administers(admin, operator)) {
			throw new QuestionnaireNotFound();
		}
		return questionnaires.create(operator, QuestionnaireDraft.empty(title.stripped(), scoring), clock.instant());
	}

	void saveHeader(CurrentUser admin, UUID id, Text title, Text instructions, ItemBank.Scoring scoring) {
		var row = require(admin, id);
		questionnaires.saveDraft(id, row.draft().withHeader(title.stripped(), instructions.stripped(), scoring), clock.instant());
	}

	void addScale(CurrentUser admin, UUID id, Text name, Text about) {
		var row = require(admin, id);
		questionnaires.saveDraft(id, row.draft().withScale(new QuestionnaireDraft.Scale(shortId(), name.stripped(), about.stripped())),
				clock.instant());
	}

	/**
	 * Adds an item: on the 1-to-5 format for one of the draft's scales, or a free-text item (no scale). False when a
	 * scored item names a scale that is not the draft's.
	 */
	boolean addItem(CurrentUser admin, UUID id, String scale, boolean reverse, boolean freeText, Text text) {
		var row = require(admin, id);
		if (!freeText && row.draft().scales().stream().noneMatch(s -> s.id().equals(scale))) {
			return false;
		}
		var item = freeText ? new QuestionnaireDraft.Item(shortId(), null, false, text.stripped(), Boolean.TRUE)
				: new QuestionnaireDraft.Item(shortId(), scale, reverse, text.stripped(), null);
		questionnaires.saveDraft(id, row.draft().withItem(item), clock.instant());
		return true;
	}

	void removeItem(CurrentUser admin, UUID id, String item) {
		var row = require(admin, id);
		questionnaires.saveDraft(id, row.draft().withoutItem(item), clock.instant());
	}

	void removeScale(CurrentUser admin, UUID id, String scale) {
		var row = require(admin, id);
		questionnaires.saveDraft(id, row.draft().withoutScale(scale), clock.instant());
	}

	/** Publishes the draft as the next version; returns the problems that stop it (message keys), empty when published. */
	List<String> publish(CurrentUser admin, UUID id) {
		var row = require(admin, id);
		List<String> problems = row.draft().problems();
		if (problems.isEmpty()) {
			questionnaires.publish(id, bank(row.code(), row.published() + 1, row.draft()), clock.instant());
		}
		return problems;
	}

	/** The draft as an item bank: Likert 1 to 5 with our labels, the usual bands and our band texts. */
	ItemBank bank(String code, int version, QuestionnaireDraft draft) {
		var format = new ItemBank.AnswerFormat(ItemBank.FormatKind.LIKERT, 1, 5,
				List.of(words("questionnaires.label.1"), words("questionnaires.label.2"), words("questionnaires.label.3"),
						words("questionnaires.label.4"), words("questionnaires.label.5")));
		var bandTexts = new ItemBank.BandTexts(words("questionnaires.band.LOW"), words("questionnaires.band.MIDDLE"),
				words("questionnaires.band.HIGH"));
		Text instructions = draft.instructions().any() ? draft.instructions() : words("questionnaires.defaultInstructions");
		List<ItemBank.Scale> scales = draft.scales().stream()
				.map(scale -> new ItemBank.Scale(scale.id(), scale.name(), scale.about(), bandTexts)).toList();
		List<ItemBank.Item> items = draft.items().stream()
				.map(item -> new ItemBank.Item(code + "." + item.id(), item.writesText() ? null : item.scale(), item.reverse(),
						ItemBank.OUR_OWN, item.text(), item.writesText() ? Boolean.TRUE : null))
				.toList();
		return new ItemBank(code, version, draft.title(), instructions, ItemBank.OUR_OWN, format, draft.scoring(),
				new ItemBank.Bands(new BigDecimal("2.5"), new BigDecimal("3.5")), PAGE_SIZE, scales, items);
	}

	private Text words(String key) {
		return new Text(messages.getMessage(key, null, Locale.FRENCH), messages.getMessage(key, null, Locale.forLanguageTag("nl")),
				messages.getMessage(key, null, Locale.ENGLISH));
	}

	private boolean administers(CurrentUser admin, UUID operator) {
		return operators(admin).stream().anyMatch(o -> o.id().value().equals(operator));
	}

	private static String shortId() {
		return UUID.randomUUID().toString().substring(0, 8);
	}
}
