package be.balise.organisation;

import java.util.UUID;

public record OperatorId(UUID value) {
}
