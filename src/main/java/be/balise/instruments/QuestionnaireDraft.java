package be.balise.instruments;

import java.util.ArrayList;
import java.util.List;

/**
 * An operator's questionnaire while it is being built: texts in at least one language, scales, Likert items (1 to
 * 5, possibly reverse-keyed) and the scoring. Publishing turns it into an {@link ItemBank} version.
 */
public record QuestionnaireDraft(Text title, Text instructions, ItemBank.Scoring scoring, List<Scale> scales, List<Item> items) {

	public record Scale(String id, Text name, Text about) {
	}

	/** An item answered from 1 to 5 for a scale, or in words ({@code freeText}, no scale, never scored). */
	public record Item(String id, String scale, boolean reverse, Text text, Boolean freeText) {

		public boolean writesText() {
			return Boolean.TRUE.equals(freeText);
		}
	}

	static QuestionnaireDraft empty(Text title, ItemBank.Scoring scoring) {
		return new QuestionnaireDraft(title, new Text("", "", ""), scoring, List.of(), List.of());
	}

	QuestionnaireDraft withHeader(Text title, Text instructions, ItemBank.Scoring scoring) {
		return new QuestionnaireDraft(title, instructions, scoring, scales, items);
	}

	QuestionnaireDraft withScale(Scale scale) {
		List<Scale> more = new ArrayList<>(scales);
		more.add(scale);
		return new QuestionnaireDraft(title, instructions, scoring, List.copyOf(more), items);
	}

	QuestionnaireDraft withItem(Item item) {
		List<Item> more = new ArrayList<>(items);
		more.add(item);
		return new QuestionnaireDraft(title, instructions, scoring, scales, List.copyOf(more));
	}

	QuestionnaireDraft withoutItem(String id) {
		return new QuestionnaireDraft(title, instructions, scoring, scales,
				items.stream().filter(item -> !item.id().equals(id)).toList());
	}

	/** Removes a scale and the items that counted for it. */
	QuestionnaireDraft withoutScale(String id) {
		return new QuestionnaireDraft(title, instructions, scoring, scales.stream().filter(scale -> !scale.id().equals(id)).toList(),
				items.stream().filter(item -> !id.equals(item.scale())).toList());
	}

	List<Item> itemsOf(String scaleId) {
		return items.stream().filter(item -> !item.writesText() && scaleId.equals(item.scale())).toList();
	}

	/** Message keys of what stops publishing, empty when it can be published. */
	List<String> problems() {
		List<String> problems = new ArrayList<>();
		if (title == null || !title.any()) {
			problems.add("questionnaires.problem.title");
		}
		if (items.isEmpty()) {
			problems.add("questionnaires.problem.items");
		}
		if (scales.stream().anyMatch(scale -> itemsOf(scale.id()).isEmpty())) {
			problems.add("questionnaires.problem.emptyScale");
		}
		return problems;
	}
}
