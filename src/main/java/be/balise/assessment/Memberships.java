package be.balise.assessment;

import java.util.Set;
import java.util.UUID;

/** What the access policy must know of organisations: which operators and funds a person works for. */
interface Memberships {

	Set<UUID> operatorsAdministeredBy(UUID account);

	Set<UUID> fundsServedBy(UUID account);

	boolean counselsFor(UUID account, UUID operator);

	/** The operators a worker may choose from. */
	java.util.List<NamedRef> operators();

	/** The active counsellors of an operator. */
	java.util.List<NamedRef> counsellorsOf(UUID operator);

	String operatorName(UUID operator);
}
