package io.smarttriage.model;

import io.smarttriage.domain.Ticket;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generated tickets for model tests: each category has its own key words mixed with shared filler
 * words, so a working model can learn them and a broken one cannot.
 */
final class SyntheticTickets {
    static final List<String> CATEGORIES = List.of("Access", "Hardware", "Purchase");
    private static final List<List<String>> KEYWORDS =
            List.of(
                    List.of("password", "login", "account", "locked"),
                    List.of("laptop", "screen", "keyboard", "broken"),
                    List.of("order", "invoice", "licence", "buy"));
    private static final List<String> FILLER =
            List.of(
                    "please", "help", "thanks", "hello", "team", "today", "urgent", "need", "issue",
                    "regards");
    private static final Instant START = Instant.parse("2020-01-01T00:00:00Z");

    private SyntheticTickets() {}

    /** Returns {@code count} tickets, categories in turn, dated an hour apart. */
    static List<Ticket> generate(int count, long seed) {
        Random random = new Random(seed);
        List<Ticket> tickets = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int category = i % CATEGORIES.size();
            tickets.add(
                    Ticket.builder("HELP-" + i, START.plusSeconds(3600L * i))
                            .project("HELP")
                            .summary(text(random, category, 3))
                            .description(text(random, category, 8))
                            .category(CATEGORIES.get(category))
                            .priority(i % 7 == 0 ? "High" : "Low")
                            .components(List.of("Desk" + category))
                            .build());
        }
        return tickets;
    }

    /** Returns a ticket whose text holds only {@code words}. */
    static Ticket withText(String key, String words) {
        return Ticket.builder(key, START).project("HELP").summary(words).build();
    }

    private static String text(Random random, int category, int words) {
        StringBuilder text = new StringBuilder();
        for (int w = 0; w < words; w++) {
            List<String> pool = random.nextInt(3) == 0 ? KEYWORDS.get(category) : FILLER;
            text.append(pool.get(random.nextInt(pool.size()))).append(' ');
        }
        return text.toString().strip();
    }
}
