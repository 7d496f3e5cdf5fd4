package be.balise.casework;

/** Which way an option moves in the ranking. */
public enum RankMove { UP, DOWN }
