package be.balise.assessment;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import be.balise.identity.AccountId;
import be.balise.organisation.Counsellor;
import be.balise.organisation.OperatorId;
import be.balise.organisation.Organisations;
import org.springframework.stereotype.Component;

/** The access policy's view of organisations, answered by the organisation module. */
@Component
class OrganisationMemberships implements Memberships {

	private final Organisations organisations;

	OrganisationMemberships(Organisations organisations) {
		this.organisations = organisations;
	}

	@Override
	public Set<UUID> operatorsAdministeredBy(UUID account) {
		return organisations.operatorsOfAdmin(new AccountId(account)).stream().map(operator -> operator.id().value())
				.collect(Collectors.toSet());
	}

	@Override
	public Set<UUID> fundsServedBy(UUID account) {
		return organisations.fundsOfOfficer(new AccountId(account)).stream().map(fund -> fund.id().value())
				.collect(Collectors.toSet());
	}

	@Override
	public boolean counselsFor(UUID account, UUID operator) {
		return organisations.counsellorsOf(new OperatorId(operator)).stream()
				.anyMatch(counsellor -> counsellor.accountId().value().equals(account) && counsellor.available());
	}

	@Override
	public List<NamedRef> operators() {
		return organisations.listOperators().stream().map(o -> new NamedRef(o.id().value(), o.name())).toList();
	}

	@Override
	public List<NamedRef> counsellorsOf(UUID operator) {
		return organisations.counsellorsOf(new OperatorId(operator)).stream().filter(Counsellor::available)
				.map(c -> new NamedRef(c.accountId().value(), c.displayName())).toList();
	}

	@Override
	public String operatorName(UUID operator) {
		return organisations.findOperator(new OperatorId(operator)).map(o -> o.name()).orElse("");
	}
}
