package be.balise.assessment;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import be.balise.organisation.Operator;
import be.balise.organisation.Organisations;
import be.balise.scheme.OperatorSelections;
import be.balise.scheme.SchemeId;
import be.balise.scheme.Schemes;
import org.springframework.stereotype.Component;

/**
 * The operators a worker may choose for a bilan: those the fund selected for the bilan's scheme on the day
 * (every operator while the fund has selected none), narrowed by the worker's filters.
 */
@Component
class OperatorChoices {

	private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

	private final Organisations organisations;
	private final OperatorSelections selections;
	private final Schemes schemes;
	private final Clock clock;

	OperatorChoices(Organisations organisations, OperatorSelections selections, Schemes schemes, Clock clock) {
		this.organisations = organisations;
		this.selections = selections;
		this.schemes = schemes;
		this.clock = clock;
	}

	List<Operator> offered(UUID schemeId, OperatorFilter filter) {
		List<Operator> all = organisations.listOperators();
		Set<UUID> offered = schemes.find(new SchemeId(schemeId))
				.map(scheme -> selections.offered(scheme, today(),
						all.stream().map(o -> o.id().value()).collect(Collectors.toSet())))
				.orElse(Set.of());
		return all.stream().filter(o -> offered.contains(o.id().value())).filter(filter::accepts).toList();
	}

	boolean offers(UUID schemeId, UUID operator) {
		return organisations.findOperator(new be.balise.organisation.OperatorId(operator)).isPresent()
				&& schemes.find(new SchemeId(schemeId)).map(scheme -> selections.offers(scheme, operator, today()))
						.orElse(false);
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(BRUSSELS));
	}
}
