package io.smarttriage.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.comments.CommentManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.sal.api.message.I18nResolver;
import io.smarttriage.domain.TargetField;
import io.smarttriage.governance.FieldDecision;
import io.smarttriage.governance.FieldPrediction;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Tells people what the app applied: an internal comment for agents with confidence and explanation
 * of every applied field and, if the project enables it, a short public notice for the customer.
 * With JSM the agent comment is internal; without JSM it is a plain Jira comment and no customer
 * notice is sent. Values are shown by their display names (a request type's name, not its id).
 */
public class TriageComments {
    private static final Map<TargetField, String> FIELD_KEYS =
            Map.of(
                    TargetField.CATEGORY, "smarttriage.triage.field.category",
                    TargetField.COMPONENT, "smarttriage.triage.field.component",
                    TargetField.PRIORITY, "smarttriage.triage.field.priority",
                    TargetField.ASSIGNEE, "smarttriage.triage.field.assignee");

    private final CommentManager comments;
    private final I18nResolver i18n;
    private final ServiceDeskPresence jsm;
    private final IssueFields fields;
    private final Supplier<CommentPoster> jsmPoster;

    /** Creates comments through Jira, or JSM when it is present. */
    public TriageComments(
            CommentManager comments,
            I18nResolver i18n,
            ServiceDeskPresence jsm,
            IssueFields fields) {
        this(comments, i18n, jsm, fields, JsmComments::new);
    }

    TriageComments(
            CommentManager comments,
            I18nResolver i18n,
            ServiceDeskPresence jsm,
            IssueFields fields,
            Supplier<CommentPoster> jsmPoster) {
        this.comments = comments;
        this.i18n = i18n;
        this.jsm = jsm;
        this.fields = fields;
        this.jsmPoster = jsmPoster;
    }

    /** Posts the agent comment and, when asked and possible, the customer notice. */
    void announce(
            Issue issue, ApplicationUser author, List<FieldDecision> applied, boolean notice) {
        String body = agentText(issue, applied);
        if (!jsm.isPresent()) {
            comments.create(issue, author, body, false);
            return;
        }
        CommentPoster poster = jsmPoster.get();
        poster.post(issue, author, body, false);
        if (notice) {
            poster.post(issue, author, i18n.getText("smarttriage.triage.notice"), true);
        }
    }

    private String agentText(Issue issue, List<FieldDecision> applied) {
        StringBuilder text = new StringBuilder(i18n.getText("smarttriage.triage.comment.intro"));
        for (FieldDecision decision : applied) {
            FieldPrediction p = decision.prediction();
            text.append('\n')
                    .append(
                            i18n.getText(
                                    "smarttriage.triage.comment.line",
                                    i18n.getText(FIELD_KEYS.get(p.field())),
                                    fields.displayValue(issue, p.field(), p.value()),
                                    Math.round(p.confidence() * 100),
                                    p.modelVersion(),
                                    p.explanation()));
        }
        return text.toString();
    }
}
