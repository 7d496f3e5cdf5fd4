package be.balise.casework;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Which person's pages a request came through: the worker's space or the counsellor's. Both serve the same
 * casework; the route table decides who may call which, the access policy decides on which bilan.
 */
final class Side {

	static final String WORKER = "worker";
	static final String COUNSELLOR = "counsellor";

	private Side() {
	}

	static String of(HttpServletRequest request) {
		return request.getRequestURI().startsWith("/worker/") ? WORKER : COUNSELLOR;
	}
}
