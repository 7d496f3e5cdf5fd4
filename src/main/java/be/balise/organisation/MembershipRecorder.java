package be.balise.organisation;

import be.balise.identity.InvitationAccepted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records the membership an accepted invitation was for (none when it named no fund or operator). It listens synchronously, inside the accepting
 * transaction: if the membership cannot be recorded, the acceptance (and the role) roll back with it.
 */
@Component
class MembershipRecorder {

	private final Organisations organisations;
	private final CounsellorInvitations counsellorInvitations;

	MembershipRecorder(Organisations organisations, CounsellorInvitations counsellorInvitations) {
		this.organisations = organisations;
		this.counsellorInvitations = counsellorInvitations;
	}

	@EventListener
	void on(InvitationAccepted accepted) {
		if (accepted.scopeId() == null) {
			return;
		}
		switch (accepted.role()) {
			case FUND_OFFICER -> organisations.addFundOfficer(new FundId(accepted.scopeId()), accepted.accountId());
			case OPERATOR_ADMIN -> organisations.addOperatorAdmin(new OperatorId(accepted.scopeId()), accepted.accountId());
			case COUNSELLOR -> {
				var terms = counsellorInvitations.find(accepted.invitationId())
						.orElseThrow(() -> new IllegalStateException("A counsellor invitation without its terms"));
				organisations.addCounsellor(terms.operatorId(), accepted.accountId(), terms.capacity(), terms.languages());
			}
			default -> throw new IllegalStateException("No membership for the role " + accepted.role());
		}
	}
}
