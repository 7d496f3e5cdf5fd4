package be.balise.demo;

import java.util.List;

import be.balise.identity.AccountId;
import be.balise.organisation.FundId;
import be.balise.organisation.OperatorId;

/** The demo fund, its two operators and the counsellors' accounts, as created on first start. */
record DemoOrganisations(FundId fund, OperatorId first, OperatorId second, AccountId counsellor, AccountId counsellor2,
		AccountId counsellor3) {

	List<AccountId> counsellorsOfFirst() {
		return List.of(counsellor, counsellor2);
	}
}
