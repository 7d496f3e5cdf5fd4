package be.balise.synthesis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import be.balise.assessment.BilanContent;
import be.balise.assessment.BilanId;
import org.springframework.stereotype.Component;

/**
 * The synthesis is content: every revision, comment, action and share (with its recipient and openings) goes into the
 * worker's export and is destroyed with the bilan's content.
 */
@Component
class SynthesisContent implements BilanContent {

	private final Revisions revisions;
	private final ActionPlan actions;
	private final Shares shares;

	SynthesisContent(Revisions revisions, ActionPlan actions, Shares shares) {
		this.revisions = revisions;
		this.actions = actions;
		this.shares = shares;
	}

	@Override
	public String kind() {
		return SynthesisService.KIND;
	}

	@Override
	public Set<String> tables() {
		return Set.of(Revisions.TABLE, Revisions.COMMENTS, Revisions.CHOICES, ActionPlan.TABLE, Shares.TABLE, Shares.OPENINGS);
	}

	@Override
	public List<Map<String, Object>> export(BilanId bilan) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (Revision revision : revisions.all(bilan.value())) {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("version", revision.number());
			row.put("savedAt", revision.savedAt().toString());
			revision.sections().forEach((section, text) -> row.put(section.field(), text));
			row.put("actionPlan", SynthesisService.planText(revision.actions()));
			row.put("validatedByCounsellor", String.valueOf(revision.counsellorValidatedAt()));
			row.put("validatedByWorker", String.valueOf(revision.workerValidatedAt()));
			rows.add(row);
		}
		for (SynthesisComment comment : revisions.comments(bilan.value())) {
			rows.add(Map.of("comment", comment.text(), "section", comment.section().field(), "writtenAt",
					comment.writtenAt().toString()));
		}
		for (ActionItem action : actions.all(bilan.value())) {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("priority", action.priority());
			row.put("project", action.project());
			row.put("description", action.description());
			row.put("firstStep", action.firstStep());
			row.put("targetDate", String.valueOf(action.targetDate()));
			row.put("resources", action.resources());
			row.put("contacts", action.contacts());
			row.put("status", action.status().name());
			rows.add(row);
		}
		for (Share share : shares.all(bilan.value())) {
			rows.add(Map.of("sharedWith", share.recipient(), "expiresOn", share.expiresOn().toString(), "revoked",
					String.valueOf(share.revokedAt()), "openings", share.openings().stream().map(Object::toString).toList()));
		}
		return rows;
	}

	@Override
	public void destroy(BilanId bilan) {
		shares.deleteAll(bilan.value());
		actions.deleteAll(bilan.value());
		revisions.deleteAll(bilan.value());
	}
}
