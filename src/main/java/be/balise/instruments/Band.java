package be.balise.instruments;

public enum Band {
	LOW, MIDDLE, HIGH
}
