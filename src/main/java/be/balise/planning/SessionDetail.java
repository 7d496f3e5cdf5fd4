package be.balise.planning;

/** A session with its place, for the worker and the counsellor only. */
public record SessionDetail(SessionView session, String place) {
}
