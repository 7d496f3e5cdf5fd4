package be.balise.scheme;

/** Where a worker lives, as far as scheme rules care. */
public enum ResidenceRegion {
	BRUSSELS, WALLONIA, FLANDERS, FRANCE, OTHER
}
