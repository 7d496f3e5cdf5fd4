package be.balise.contract;

import java.util.Set;

import be.balise.assessment.AdministrativeRecords;
import org.springframework.stereotype.Component;

/**
 * The convention (its file's id and hash, the parties), its signatures and the worker's consent are
 * administration: they prove the contract and outlive the content. The document itself is a stored file of the
 * bilan and goes with the bilan's files at retention.
 */
@Component
class ContractRecords implements AdministrativeRecords {

	@Override
	public Set<String> tables() {
		return Set.of("convention", "convention_signature", "bilan_consent");
	}
}
