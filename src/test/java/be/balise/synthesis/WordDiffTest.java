package be.balise.synthesis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import be.balise.synthesis.WordDiff.Kind;
import be.balise.synthesis.WordDiff.Segment;
import org.junit.jupiter.api.Test;

/** Two versions compared word by word: what stayed, what was deleted, what was inserted, spaces kept. */
class WordDiffTest {

	@Test
	void marksTheReplacedWordAndKeepsTheRest() {
		List<Segment> segments = WordDiff.compare("Devenir menuisier à Liège", "Devenir ébéniste à Liège");

		assertThat(segments).containsExactly(new Segment(Kind.SAME, "Devenir "), new Segment(Kind.DELETED, "menuisier"),
				new Segment(Kind.INSERTED, "ébéniste"), new Segment(Kind.SAME, " à Liège"));
	}

	@Test
	void insertionsAndDeletionsAtBothEndsAndWholeWordsOnly() {
		List<Segment> segments = WordDiff.compare("un projet clair", "Enfin un projet très clair");

		assertThat(segments).noneMatch(segment -> segment.kind() == Kind.DELETED);
		assertThat(segments).filteredOn(segment -> segment.kind() == Kind.INSERTED).extracting(segment -> segment.text().strip())
				.containsExactly("Enfin", "très");
		assertThat(text(segments, Kind.INSERTED)).isEqualTo("un projet clair");
		assertThat(text(segments, Kind.DELETED)).isEqualTo("Enfin un projet très clair");
		assertThat(WordDiff.compare("mot", "mots")).containsExactly(new Segment(Kind.DELETED, "mot"), new Segment(Kind.INSERTED, "mots"));
	}

	@Test
	void identicalTextsHaveNoChange() {
		assertThat(WordDiff.changed(WordDiff.compare("même texte\nsur deux lignes", "même texte\nsur deux lignes"))).isFalse();
		assertThat(WordDiff.changed(WordDiff.compare("", "nouveau"))).isTrue();
	}

	/** The text on one side: every segment but those of the other side. */
	private static String text(List<Segment> segments, Kind without) {
		return segments.stream().filter(segment -> segment.kind() != without).map(Segment::text).reduce("", String::concat);
	}
}
