package be.balise.organisation;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import be.balise.identity.InvitationId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The capacity and languages an operator admin gave when inviting a counsellor, kept until acceptance. */
@Repository
class CounsellorInvitations {

	/** What the membership will hold. */
	record Terms(OperatorId operatorId, int capacity, Set<Language> languages) {
	}

	private final JdbcClient jdbc;

	CounsellorInvitations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(InvitationId invitation, Terms terms) {
		jdbc.sql("""
				insert into counsellor_invitation (invitation_id, operator_id, capacity, languages)
				values (:invitation, :operator, :capacity, :languages)""")
				.param("invitation", invitation.value()).param("operator", terms.operatorId().value())
				.param("capacity", terms.capacity()).param("languages", Operators.codes(terms.languages()))
				.update();
	}

	Optional<Terms> find(InvitationId invitation) {
		return jdbc.sql("select operator_id, capacity, languages from counsellor_invitation where invitation_id = :invitation")
				.param("invitation", invitation.value())
				.query((rs, row) -> new Terms(new OperatorId(rs.getObject("operator_id", UUID.class)),
						rs.getInt("capacity"), Operators.enums(rs.getArray("languages"), Language.class)))
				.optional();
	}
}
