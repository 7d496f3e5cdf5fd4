package be.balise.privacy;

import java.time.Instant;
import java.util.List;

/** One page of the worker's access log: who opened their file, in which role, what and when (newest first). */
public record AccessLogPage(List<Line> lines, long total, int number, int size) {

	/** One opening; {@code self} when the worker opened their own file. */
	public record Line(Instant at, String name, String roleKey, String whatKey, boolean self) {
	}

	public long pages() {
		return Math.max(1, (total + size - 1) / size);
	}

	public boolean hasNext() {
		return (long) (number + 1) * size < total;
	}
}
