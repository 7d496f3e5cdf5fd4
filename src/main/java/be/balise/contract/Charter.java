package be.balise.contract;

/**
 * The version of the quality charter the worker acknowledges. The charter's text and versions belong to the
 * {@code reference} module (built in parallel); until it is merged, the first version is the current one and
 * the worker reads it at {@link #PATH}.
 */
final class Charter {

	static final String PATH = "/reference/charter";
	static final String CURRENT_VERSION = "1";
	/** The version of the plain notice of what is kept, for how long and who sees what. */
	static final int NOTICE_VERSION = 1;

	private Charter() {
	}
}
