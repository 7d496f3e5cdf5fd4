package be.balise.instruments;

/** Where the worker goes after a page of answers is saved. */
public enum PageMove {
	PREVIOUS, NEXT, SUMMARY
}
