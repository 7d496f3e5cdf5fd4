package be.balise.testing;

import be.balise.assessment.Journey;
import be.balise.contract.ContractShortcut;
import be.balise.contract.FirstMeetingService;
import be.balise.identity.AccountService;
import be.balise.organisation.Organisations;
import be.balise.request.RequestService;
import be.balise.scheme.Schemes;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Builds {@link World}s from the application's own services; inject it in full-stack tests. */
@Component
public class WorldFactory {

	@Autowired AccountService accounts;
	@Autowired Organisations organisations;
	@Autowired Schemes schemes;
	@Autowired JdbcClient jdbc;
	@Autowired RequestService requests;
	@Autowired Journey journey;
	@Autowired FirstMeetingService firstMeetings;
	@Autowired ContractShortcut contracts;

	/** A world whose people cannot sign in by form (tests act as them directly). */
	public World create() {
		return new World(accounts, organisations, schemes, jdbc, requests, journey, firstMeetings, "{noop}unusable").contractsBy(contracts);
	}

	/** A world whose people all sign in with this password, for browser tests. */
	public World createWithPassword(String password) {
		return new World(accounts, organisations, schemes, jdbc, requests, journey, firstMeetings, accounts.hash(password)).contractsBy(contracts);
	}
}
