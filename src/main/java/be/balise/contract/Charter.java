package be.balise.contract;

/**
 * Where the worker reads the quality charter (its text and versions belong to the {@code reference} module), and
 * the version of the plain notice of what is kept.
 */
final class Charter {

	static final String PATH = "/reference/charter";
	/** The version of the plain notice of what is kept, for how long and who sees what. */
	static final int NOTICE_VERSION = 1;

	private Charter() {
	}
}
