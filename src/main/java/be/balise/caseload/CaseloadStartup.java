package be.balise.caseload;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Fills the read model at start when it is empty while bilans exist (a database from before it, or a restore). */
@Component
@Order(5)
class CaseloadStartup implements ApplicationRunner {

	private final CaseloadProjection projection;

	CaseloadStartup(CaseloadProjection projection) {
		this.projection = projection;
	}

	@Override
	public void run(ApplicationArguments args) {
		projection.rebuildIfEmpty();
	}
}
