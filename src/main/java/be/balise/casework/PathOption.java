package be.balise.casework;

import java.time.Instant;
import java.util.UUID;

/** An option (piste) of the bilan; {@code droppedReason} is null while it is open. */
public record PathOption(UUID id, OptionText text, int rank, String droppedReason, Instant updatedAt, long version) {

	public boolean dropped() {
		return droppedReason != null;
	}
}
