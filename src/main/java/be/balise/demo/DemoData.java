package be.balise.demo;

import java.time.Clock;

import be.balise.assessment.Journey;
import be.balise.contract.FirstMeetingService;
import be.balise.identity.AccountService;
import be.balise.organisation.Organisations;
import be.balise.planning.SessionService;
import be.balise.request.RequestService;
import be.balise.scheme.Schemes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Loads the demo installation on the first start of the demo profile; later starts find it there. */
@Component
@Profile("demo")
class DemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final AccountService accounts;
	private final Organisations organisations;
	private final Schemes schemes;
	private final DemoBilans bilans;

	DemoData(AccountService accounts, Organisations organisations, Schemes schemes, RequestService requests,
			Journey journey, FirstMeetingService firstMeetings, SessionService sessions, Clock clock) {
		this.accounts = accounts;
		this.organisations = organisations;
		this.schemes = schemes;
		this.bilans = new DemoBilans(accounts, schemes, requests, journey, firstMeetings, sessions, clock);
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (accounts.findByEmail(DemoAccounts.ADMIN).isPresent()) {
			return;
		}
		DemoOrganisations created = DemoAccounts.create(accounts, organisations, schemes);
		bilans.create(created);
		log.info("Demo data loaded; sign in with any demo account and the password in the README");
	}
}
