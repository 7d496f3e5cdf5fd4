package be.balise.caseload;

import java.util.List;

import be.balise.assessment.BilanState;

/** One page of the caseload with the filters that produced it, so links keep them. */
public record CaseloadPage(List<CaseloadRow> rows, long total, int number, int size, boolean ended, CaseloadSort sort,
		BilanState state, CaseloadAlert alert) {

	public long pages() {
		return Math.max(1, (total + size - 1) / size);
	}

	public boolean hasNext() {
		return (long) (number + 1) * size < total;
	}

	/** The address of another page with the same filters. */
	public String link(int page) {
		return "/counsellor?ended=" + ended + "&sort=" + sort.name() + (state == null ? "" : "&state=" + state.name())
				+ (alert == null ? "" : "&alert=" + alert.name()) + "&page=" + page;
	}
}
