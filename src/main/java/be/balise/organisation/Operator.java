package be.balise.organisation;

import java.util.List;

/** An operator (organisme de bilan) as the worker chooses it. */
public record Operator(OperatorId id, String name, List<String> regions, List<String> languages, List<String> modalities,
		int capacity, String contactEmail, String contactPhone) {
}
