package be.balise.planning;

/** How a session takes place; the place is an address, a video link or a phone number accordingly. */
public enum Modality { IN_PERSON, REMOTE, PHONE }
