package be.balise.assessment;

import java.util.UUID;

/** Something to pick in a list: an id and the name people know it by. */
public record NamedRef(UUID id, String name) {
}
