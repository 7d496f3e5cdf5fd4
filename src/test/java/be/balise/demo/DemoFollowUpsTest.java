package be.balise.demo;

import static org.assertj.core.api.Assertions.assertThat;

import be.balise.testing.DemoStackTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo's bilan in follow-up has its first follow-up interview planned, once, whatever the number of starts. */
@DemoStackTest
class DemoFollowUpsTest {

	@Autowired DemoFollowUps followUps;
	@Autowired JdbcClient jdbc;

	@Test
	void theDemoBilanInFollowUpHasAPlannedInterview() {
		assertThat(planned()).isEqualTo(1);
		assertThat(followUps.create()).isFalse();
		assertThat(planned()).isEqualTo(1);
	}

	private long planned() {
		return jdbc.sql("""
				select count(*) from follow_up_interview i join bilan b on b.id = i.bilan_id join account a on a.id = b.worker_id
				where a.email = :email and b.state = 'FOLLOW_UP' and i.held_at is null and i.planned_at > now()""")
				.param("email", DemoFollowUps.WORKER).query(Long.class).single();
	}
}
