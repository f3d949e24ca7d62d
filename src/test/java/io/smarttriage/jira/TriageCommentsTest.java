package io.smarttriage.jira;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.comments.CommentManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import io.smarttriage.domain.Explanation;
import io.smarttriage.domain.Explanation.Phrase;
import io.smarttriage.domain.TargetField;
import io.smarttriage.governance.Action;
import io.smarttriage.governance.FieldDecision;
import io.smarttriage.governance.FieldPrediction;
import io.smarttriage.governance.FieldSettings;
import io.smarttriage.governance.Reason;
import io.smarttriage.governance.Verdict;
import io.smarttriage.i18n.BundleI18nResolver;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TriageCommentsTest {
    private static final Explanation ROUTED =
            Explanation.of(
                    Phrase.of("smarttriage.why.routing.best-match"),
                    Phrase.of("smarttriage.why.routing.load", "2.0", "30.0"));

    private final UserManager users = mock(UserManager.class);
    private final ServiceDeskPresence jsm = mock(ServiceDeskPresence.class);
    private final MutableIssue issue = JiraMocks.issue("Medium");
    private final ApplicationUser bot = JiraMocks.user("triage-bot");
    private final List<String> posted = new ArrayList<>();
    private final TriageComments comments =
            new TriageComments(
                    mock(CommentManager.class),
                    BundleI18nResolver.english(),
                    jsm,
                    JiraMocks.fieldsWithoutJsm(),
                    users,
                    () -> (i, author, body, isPublic) -> posted.add(body));

    @Test
    void givenAssignedAgent_announce_showsTheDisplayNameNotTheUserKey() {
        ApplicationUser agent = JiraMocks.user("JIRAUSER10100");
        when(agent.getDisplayName()).thenReturn("Alice Agent");
        when(users.getUserByKey("JIRAUSER10100")).thenReturn(agent);
        when(jsm.isPresent()).thenReturn(true);

        comments.announce(issue, bot, List.of(assigned("JIRAUSER10100")), false);

        assertThat(posted)
                .containsExactly(
                        "Smart Triage set these fields automatically:\n"
                                + "- Assignee: Alice Agent (confidence 93%, model HELP-7)."
                                + " Why: best match of expertise against load;"
                                + " load 2.0 of capacity 30.0");
    }

    @Test
    void givenGermanUser_announce_writesTheExplanationInGerman() {
        ApplicationUser agent = JiraMocks.user("JIRAUSER10100");
        when(agent.getDisplayName()).thenReturn("Alice Agent");
        when(users.getUserByKey("JIRAUSER10100")).thenReturn(agent);
        when(jsm.isPresent()).thenReturn(true);
        TriageComments german =
                new TriageComments(
                        mock(CommentManager.class),
                        BundleI18nResolver.german(),
                        jsm,
                        JiraMocks.fieldsWithoutJsm(),
                        users,
                        () -> (i, author, body, isPublic) -> posted.add(body));

        german.announce(issue, bot, List.of(assigned("JIRAUSER10100")), false);

        assertThat(posted)
                .containsExactly(
                        "Smart Triage hat diese Felder automatisch gesetzt:\n"
                                + "- Bearbeiter: Alice Agent (Konfidenz 93 %, Modell HELP-7)."
                                + " Grund: beste \u00dcbereinstimmung von Fachwissen und"
                                + " Auslastung; Auslastung 2.0 von Kapazit\u00e4t 30.0");
    }

    @Test
    void givenModelExplanationWithAnApostrophe_announce_showsTheWordsAsTheyAre() {
        when(users.getUserByKey("JIRAUSER10100")).thenReturn(null);
        when(jsm.isPresent()).thenReturn(true);
        FieldDecision decision =
                new FieldDecision(
                        new FieldPrediction(
                                TargetField.ASSIGNEE,
                                "JIRAUSER10100",
                                0.93,
                                "HELP-7",
                                Explanation.of("smarttriage.why.model.terms", "can't, vpn")),
                        FieldSettings.DEFAULT,
                        new Verdict(Action.APPLY, Reason.MODE));

        comments.announce(issue, bot, List.of(decision), false);

        assertThat(posted.get(0)).endsWith("Why: words that weighed most: can't, vpn");
    }

    @Test
    void givenAssigneeNoJiraUserHas_announce_showsTheKeyStatedAsUserKey() {
        when(jsm.isPresent()).thenReturn(true);

        comments.announce(issue, bot, List.of(assigned("JIRAUSER10100")), false);

        assertThat(posted.get(0))
                .endsWith(
                        "- Assignee: JIRAUSER10100 (user key: no Jira user has this key)"
                                + " (confidence 93%, model HELP-7). Why: best match of expertise"
                                + " against load; load 2.0 of capacity 30.0");
    }

    private static FieldDecision assigned(String userKey) {
        return new FieldDecision(
                new FieldPrediction(TargetField.ASSIGNEE, userKey, 0.93, "HELP-7", ROUTED),
                FieldSettings.DEFAULT,
                new Verdict(Action.APPLY, Reason.MODE));
    }
}
