package be.balise.followup;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import be.balise.assessment.AdministrativeRecords;
import be.balise.assessment.BilanContent;
import be.balise.assessment.BilanId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The kinds of follow-up content (exported to the worker, destroyed with the bilan's content) and the follow-up
 * administration that stays: that an appraisal was given, the interviews' dates, the agreement to keep content.
 */
@Configuration(proxyBeanMethods = false)
class FollowUpContent {

	@Bean
	BilanContent appraisalCommentContent(Appraisals appraisals, FollowUpSealing sealing) {
		return content(AppraisalService.COMMENT_KIND, Set.of(Appraisals.COMMENTS),
				bilan -> appraisals.commentOf(bilan.value())
						.map(cipher -> List.<Map<String, Object>>of(Map.of("comment",
								sealing.open(bilan.value(), Appraisals.COMMENTS, bilan.value(), cipher))))
						.orElse(List.of()),
				bilan -> appraisals.deleteComment(bilan.value()));
	}

	@Bean
	BilanContent interviewContent(Interviews interviews, FollowUpService service) {
		return content(FollowUpService.INTERVIEW_KIND, Set.of(Interviews.TEXTS),
				bilan -> service.open(bilan.value(), interviews.ofBilan(bilan.value())).stream().map(interview -> {
					Map<String, Object> row = new LinkedHashMap<>();
					row.put("number", interview.number());
					row.put("plannedAt", interview.plannedAt().toString());
					row.put("moment", interview.moment());
					row.put("record", interview.record());
					return row;
				}).toList(),
				bilan -> interviews.deleteTexts(bilan.value()));
	}

	@Bean
	BilanContent selfAssessmentContent(Interviews interviews, FollowUpService service) {
		return content(FollowUpService.SELF_KIND, Set.of(Interviews.SELF),
				bilan -> service.open(bilan.value(), interviews.ofBilan(bilan.value())).stream()
						.filter(interview -> interview.selfAssessment() != null).map(interview -> {
							var self = interview.selfAssessment();
							Map<String, Object> row = new LinkedHashMap<>();
							row.put("interview", interview.number());
							row.put("progress", self.progress());
							row.put("learnt", self.learnt());
							row.put("obstacles", self.obstacles());
							row.put("needs", self.needs());
							row.put("updatedAt", self.updatedAt().toString());
							return row;
						}).toList(),
				bilan -> interviews.deleteSelves(bilan.value()));
	}

	@Bean
	BilanContent referralContent(Interviews interviews, FollowUpService service) {
		return content(FollowUpService.REFERRAL_KIND, Set.of(Interviews.REFERRALS),
				bilan -> service.openReferrals(bilan.value(), interviews.referrals(bilan.value())).stream().map(referral -> {
					Map<String, Object> row = new LinkedHashMap<>();
					row.put("scheme", referral.schemeName());
					row.put("code", referral.schemeCode());
					row.put("note", referral.note());
					row.put("referredAt", referral.referredAt().toString());
					return row;
				}).toList(),
				bilan -> interviews.deleteReferrals(bilan.value()));
	}

	@Bean
	BilanContent closingNoteContent(Closure closure) {
		return content(Closure.KIND, Set.of(Closure.TABLE),
				bilan -> closure.stored(bilan).map(note -> List.<Map<String, Object>>of(Map.of("note", note,
						"writtenAt", closure.writtenAt(bilan).map(Object::toString).orElse("")))).orElse(List.of()),
				closure::destroy);
	}

	@Bean
	AdministrativeRecords followUpRecords() {
		return () -> Set.of("appraisal_given", "follow_up_interview", "retention_extension");
	}

	private static BilanContent content(String kind, Set<String> tables, java.util.function.Function<BilanId, List<Map<String, Object>>> export,
			java.util.function.Consumer<BilanId> destroy) {
		return new BilanContent() {
			@Override
			public String kind() {
				return kind;
			}

			@Override
			public Set<String> tables() {
				return tables;
			}

			@Override
			public List<Map<String, Object>> export(BilanId bilan) {
				return export.apply(bilan);
			}

			@Override
			public void destroy(BilanId bilan) {
				destroy.accept(bilan);
			}
		};
	}
}
