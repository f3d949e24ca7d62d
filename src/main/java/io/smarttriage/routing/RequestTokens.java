package io.smarttriage.routing;

import io.smarttriage.domain.Ticket;
import io.smarttriage.text.Tokenizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** The distinct word tokens of a request's summary, description and environment. */
public final class RequestTokens implements Function<Ticket, List<String>> {
    private final Tokenizer tokenizer = new Tokenizer();

    /** Returns tokens of two or more characters that are not plain numbers, summary first. */
    @Override
    public List<String> apply(Ticket ticket) {
        Set<String> tokens = new LinkedHashSet<>();
        addAll(tokens, ticket.summary());
        addAll(tokens, ticket.description());
        addAll(tokens, ticket.environment());
        return List.copyOf(tokens);
    }

    private void addAll(Set<String> tokens, String text) {
        for (String token : tokenizer.tokens(text)) {
            if (token.length() > 1 && !token.chars().allMatch(Character::isDigit)) {
                tokens.add(token);
            }
        }
    }
}
