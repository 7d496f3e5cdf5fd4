package be.balise.organisation;

import java.util.UUID;

public record FundId(UUID value) {
}
