package io.smarttriage.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.comments.CommentManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.sal.api.message.I18nResolver;
import io.smarttriage.domain.TargetField;
import io.smarttriage.governance.FieldDecision;
import io.smarttriage.governance.FieldPrediction;
import java.util.List;
import java.util.function.Supplier;

/**
 * Tells people what the app applied: an internal comment for agents with confidence and explanation
 * of every applied field and, if the project enables it, a short public notice for the customer.
 * With JSM the agent comment is internal; without JSM it is a plain Jira comment and no customer
 * notice is sent. Values are shown by their display names (a request type's name, not its id; an
 * assignee's display name, not the user key, or the key marked as such when no user has it).
 */
public class TriageComments {
    private final CommentManager comments;
    private final I18nResolver i18n;
    private final ServiceDeskPresence jsm;
    private final IssueFields fields;
    private final UserManager users;
    private final Supplier<CommentPoster> jsmPoster;

    /** Creates comments through Jira, or JSM when it is present. */
    public TriageComments(
            CommentManager comments,
            I18nResolver i18n,
            ServiceDeskPresence jsm,
            IssueFields fields,
            UserManager users) {
        this(comments, i18n, jsm, fields, users, JsmComments::new);
    }

    TriageComments(
            CommentManager comments,
            I18nResolver i18n,
            ServiceDeskPresence jsm,
            IssueFields fields,
            UserManager users,
            Supplier<CommentPoster> jsmPoster) {
        this.comments = comments;
        this.i18n = i18n;
        this.jsm = jsm;
        this.fields = fields;
        this.users = users;
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
                                    i18n.getText(p.field().messageKey()),
                                    shown(issue, p),
                                    Math.round(p.confidence() * 100),
                                    p.modelVersion(),
                                    ExplanationText.of(p.explanation(), i18n)));
        }
        return text.toString();
    }

    /** Returns the value as people know it: the assignee's display name, not the user key. */
    private String shown(Issue issue, FieldPrediction p) {
        if (p.field() != TargetField.ASSIGNEE) {
            return fields.displayValue(issue, p.field(), p.value());
        }
        ApplicationUser user = p.value() == null ? null : users.getUserByKey(p.value());
        return user != null
                ? user.getDisplayName()
                : i18n.getText("smarttriage.triage.comment.unknownuser", p.value());
    }
}
