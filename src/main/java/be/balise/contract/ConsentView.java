package be.balise.contract;

import java.time.Instant;

import be.balise.assessment.BilanId;

/** The worker's consent for one bilan: the notice's facts and what was given or withdrawn, when. */
public record ConsentView(BilanId bilan, int retentionMonths, String charterPath, String charterVersion, Instant givenAt,
		Instant withdrawnAt, boolean mayGive, boolean mayWithdraw) {

	public boolean given() {
		return givenAt != null;
	}

	public boolean withdrawn() {
		return withdrawnAt != null;
	}
}
