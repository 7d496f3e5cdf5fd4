package be.balise.demo;

import be.balise.identity.AccountService;
import be.balise.organisation.Organisations;
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
	private final DemoBilans bilans;
	private final DemoConventions conventions;
	private final DemoFollowUps followUps;
	private final DemoInstruments instruments;

	DemoData(AccountService accounts, Organisations organisations, DemoBilans bilans, DemoConventions conventions,
			DemoFollowUps followUps, DemoInstruments instruments) {
		this.accounts = accounts;
		this.organisations = organisations;
		this.bilans = bilans;
		this.conventions = conventions;
		this.followUps = followUps;
		this.instruments = instruments;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (accounts.findByEmail(DemoAccounts.ADMIN).isEmpty()) {
			DemoAccounts.create(accounts);
			log.info("Demo data loaded; sign in with any demo account and the password in the README");
		}
		// Each part is checked on its own, so that a demo database made by an earlier version gets the newer parts.
		if (organisations.listFunds().isEmpty()) {
			DemoOrganisations.create(accounts, organisations);
		}
		if (!bilans.exist()) {
			bilans.create();
			log.info("Demo bilans loaded at every state of the journey");
		}
		if (!conventions.exist()) {
			conventions.create();
		}
		if (followUps.create()) {
			log.info("Demo follow-up interview planned");
		}
		instruments.createIfMissing();
	}
}
