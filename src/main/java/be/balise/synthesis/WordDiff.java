package be.balise.synthesis;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;

/**
 * Compares two texts word by word (java-diff-utils over words and the spaces between them): what stayed, what was
 * deleted, what was inserted. The page shows deletions and insertions as {@code del} and {@code ins}.
 */
public final class WordDiff {

	private static final Pattern TOKEN = Pattern.compile("\\s+|[^\\s]+");

	public enum Kind {
		SAME,
		DELETED,
		INSERTED
	}

	/** A run of text that is the same, deleted or inserted. */
	public record Segment(Kind kind, String text) {
	}

	private WordDiff() {
	}

	public static List<Segment> compare(String before, String after) {
		List<String> from = tokens(before);
		List<String> to = tokens(after);
		Patch<String> patch = DiffUtils.diff(from, to);
		List<Segment> segments = new ArrayList<>();
		int position = 0;
		for (AbstractDelta<String> delta : patch.getDeltas()) {
			int start = delta.getSource().getPosition();
			add(segments, Kind.SAME, from.subList(position, start));
			add(segments, Kind.DELETED, delta.getSource().getLines());
			add(segments, Kind.INSERTED, delta.getTarget().getLines());
			position = start + delta.getSource().size();
		}
		add(segments, Kind.SAME, from.subList(position, from.size()));
		return segments;
	}

	/** Whether the two texts differ at all. */
	public static boolean changed(List<Segment> segments) {
		return segments.stream().anyMatch(segment -> segment.kind() != Kind.SAME);
	}

	static List<String> tokens(String text) {
		List<String> tokens = new ArrayList<>();
		Matcher matcher = TOKEN.matcher(text == null ? "" : text);
		while (matcher.find()) {
			tokens.add(matcher.group());
		}
		return tokens;
	}

	private static void add(List<Segment> segments, Kind kind, List<String> tokens) {
		if (tokens.isEmpty()) {
			return;
		}
		String text = String.join("", tokens);
		if (!segments.isEmpty() && segments.get(segments.size() - 1).kind() == kind) {
			Segment last = segments.remove(segments.size() - 1);
			text = last.text() + text;
		}
		segments.add(new Segment(kind, text));
	}
}
