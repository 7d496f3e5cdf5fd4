package be.balise.identity;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * Ends the sessions of one account, on every application instance, through the principal-name index of
 * the shared session table: at logout, when the account is disabled, when its password or address changes.
 */
@Component
class AccountSessions {

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	AccountSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
		this.sessions = sessions;
	}

	void endAll(String principalName) {
		endAllBut(principalName, null);
	}

	/** Ends every session of the account except the one the person is using (null: none spared). */
	void endAllBut(String principalName, String keptSessionId) {
		sessions.findByPrincipalName(principalName).keySet().stream()
				.filter(id -> !id.equals(keptSessionId))
				.forEach(sessions::deleteById);
	}
}
