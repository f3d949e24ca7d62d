package io.smarttriage.text;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Replaces personal data and secrets in free text by fixed placeholder words, one per {@link
 * RedactionKind}, so that a model can use the fact that, say, an e-mail address was present but
 * never its value.
 *
 * <p>Runs before any other text processing. Rules run in a fixed order, most specific first
 * (credential URLs and tokens before e-mail addresses, e-mail before mentions, checked numbers
 * before phone numbers), and never match inside a placeholder. Look-alikes are decided as follows:
 *
 * <ul>
 *   <li>A dotted quad such as {@code 1.2.3.4} is taken for an IPv4 address and redacted, since a
 *       leaked address costs more than a lost version number, unless it reads as a version: it
 *       follows {@code v}, {@code version}, {@code release}, {@code build} or {@code rev}, has a
 *       fifth part, or carries a build suffix ({@code 2.6.5.0-292}).
 *   <li>Digit runs of 13 to 19 digits (spaces or dashes allowed) are redacted as payment cards only
 *       when their length and leading digits match a card network and they pass the Luhn check;
 *       other runs, such as {@code yyyyMMddHHmmss} timestamps, stay.
 *   <li>Phone numbers need a leading {@code +}, a country code and 8 to 15 digits, the North
 *       American 3-3-4 grouping, a national trunk {@code 0} with separators and 9 to 12 digits, or
 *       a cue word such as {@code tel:}. Dates, times, issue keys ({@code HIVE-1234}), versions,
 *       ports and plain counts have none of these shapes and stay.
 *   <li>{@code @name} is a mention unless it reads as code: a common annotation, Javadoc tag or
 *       decorator ({@code @Override}, {@code @param}, ...), a camel-case or package-qualified name
 *       ({@code @KerberosInfo}, {@code @javax.ejb}), or followed by {@code (} or {@code =}.
 *   <li>Long strings (24+ characters) count as secrets when their longest unbroken segment reads
 *       like random text (see {@code RedactionRules#looksRandom}); identifiers such as {@code
 *       TestHiveServer2Session}, segmented ids, UUIDs and hex digests do not.
 * </ul>
 *
 * <p>Each rule is gated by a one-pass {@link TextProbe} of the input, so a rule whose values cannot
 * occur costs nothing; replacements only ever remove characters a later gate looks for. A rule that
 * passes its gate scans only the windows its {@link MatchScope} names (around an anchor such as
 * {@code @}, inside runs of digits, at key words), which finds exactly what a scan of the whole
 * text finds.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Redactor {

    private final List<RedactionRule> rules = RedactionRules.all();

    /** Returns {@code text} with every found value replaced, and the counts per kind. */
    public Redaction redact(String text) {
        if (text == null || text.isEmpty()) {
            return new Redaction(text == null ? "" : text, Map.of());
        }
        int[] counts = new int[RedactionKind.values().length];
        TextProbe probe = new TextProbe(text);
        String result = text;
        for (RedactionRule rule : rules) {
            if (rule.gate().test(probe)) {
                result = rule.apply(result, counts);
            }
        }
        return new Redaction(result, toMap(counts));
    }

    private static Map<RedactionKind, Integer> toMap(int[] counts) {
        Map<RedactionKind, Integer> map = new EnumMap<>(RedactionKind.class);
        for (RedactionKind kind : RedactionKind.values()) {
            if (counts[kind.ordinal()] > 0) {
                map.put(kind, counts[kind.ordinal()]);
            }
        }
        return map;
    }
}
