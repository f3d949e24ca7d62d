package io.smarttriage.text;

/** A kind of personal or secret data the {@link Redactor} removes, with its fixed placeholder. */
public enum RedactionKind {
    /** Credentials embedded in a URL such as {@code https://user:pass@host/path}. */
    CREDENTIAL_URL("redactedurl"),
    /** API keys, access tokens, JWTs, bearer tokens, password assignments, random secrets. */
    SECRET("redactedsecret"),
    /** E-mail addresses. */
    EMAIL("redactedemail"),
    /** Jira user mentions ({@code [~name]}, {@code [~accountid:...]}) and {@code @name}. */
    MENTION("redactedmention"),
    /** International bank account numbers that pass the mod-97 check. */
    IBAN("redactediban"),
    /** Payment card numbers that pass the Luhn check. */
    PAYMENT_CARD("redactedcard"),
    /** IPv4 and IPv6 addresses. */
    IP_ADDRESS("redactedip"),
    /** Telephone numbers in international or common national forms. */
    PHONE("redactedphone");

    private final String placeholder;

    RedactionKind(String placeholder) {
        this.placeholder = placeholder;
    }

    /** Returns the single word that replaces every value of this kind. */
    public String placeholder() {
        return placeholder;
    }
}
