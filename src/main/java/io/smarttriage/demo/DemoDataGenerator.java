package io.smarttriage.demo;

import io.smarttriage.demo.DemoCatalog.DemoPriority;
import io.smarttriage.demo.DemoCategory.DemoComponent;
import io.smarttriage.domain.Ticket;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * Generates a plausible service desk's requests from a seed: a year of requests across categories,
 * components, priorities and agents, with text that carries learnable signals and some noise.
 *
 * <p>The same seed and count always give the same tickets. Nothing here is real data.
 */
public final class DemoDataGenerator {

    /** Project key of every generated ticket. */
    public static final String PROJECT = "HELP";

    private static final Instant START = Instant.parse("2025-01-06T00:00:00Z");
    private static final int DAYS = 364;

    /** Share of requests whose category, and separately component, was filed wrongly. */
    private static final double LABEL_NOISE = 0.06;

    private static final double SIGNAL_SHOWN = 0.75;
    private static final double SIGNAL_MISLEADING = 0.08;
    private static final double OWN_TEAM = 0.85;

    private final long seed;

    /** Creates a generator whose output depends only on {@code seed}. */
    public DemoDataGenerator(long seed) {
        this.seed = seed;
    }

    /** Returns {@code count} generated tickets ordered by creation time, keyed HELP-1 onwards. */
    public List<Ticket> generate(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must be >= 0, was " + count);
        }
        Random random = new Random(seed);
        List<Draft> drafts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            drafts.add(draft(random));
        }
        drafts.sort(Comparator.comparing(Draft::created));
        List<Ticket> tickets = new ArrayList<>(count);
        for (int i = 0; i < drafts.size(); i++) {
            tickets.add(drafts.get(i).toTicket(PROJECT + "-" + (i + 1)));
        }
        return tickets;
    }

    private Draft draft(Random random) {
        DemoCategory written = pickCategory(random);
        DemoComponent component = pick(random, written.components());
        DemoCategory labelled =
                random.nextDouble() < LABEL_NOISE ? pick(random, DemoCatalog.CATEGORIES) : written;
        DemoComponent labelledComponent =
                random.nextDouble() < LABEL_NOISE ? pick(random, written.components()) : component;
        DemoPriority priority = pickPriority(random);
        Draft draft = new Draft();
        draft.created = createdTime(random);
        draft.resolved = draft.created.plus(Duration.ofMinutes(30 + random.nextInt(3 * 24 * 60)));
        draft.category = labelled.name();
        draft.component = labelledComponent.name();
        draft.priority = priority.name();
        draft.summary = pick(random, component.subjects());
        draft.description = description(random, component, priority);
        draft.reporter = String.format("user%04d", random.nextInt(600));
        draft.assignee =
                random.nextDouble() < OWN_TEAM
                        ? pick(random, labelled.agents())
                        : pick(random, pick(random, DemoCatalog.CATEGORIES).agents());
        return draft;
    }

    private static String description(
            Random random, DemoComponent component, DemoPriority priority) {
        StringBuilder text = new StringBuilder(pick(random, DemoCatalog.FILLER));
        text.append(' ').append(capitalise(pick(random, component.details()))).append('.');
        if (random.nextDouble() < SIGNAL_SHOWN) {
            text.append(' ').append(capitalise(pick(random, priority.signals()))).append('.');
        } else if (random.nextDouble() < SIGNAL_MISLEADING) {
            DemoPriority other = pick(random, DemoCatalog.PRIORITIES);
            text.append(' ').append(capitalise(pick(random, other.signals()))).append('.');
        }
        int fillers = random.nextInt(3);
        for (int i = 0; i < fillers; i++) {
            text.append(' ').append(pick(random, DemoCatalog.FILLER));
        }
        return text.toString();
    }

    private static Instant createdTime(Random random) {
        Instant day;
        do {
            day = START.plus(Duration.ofDays(random.nextInt(DAYS)));
        } while (isWeekend(day) && random.nextDouble() < 0.8);
        long minutes = 7 * 60 + random.nextInt(11 * 60);
        return day.plus(Duration.ofMinutes(minutes)).plusSeconds(random.nextInt(60));
    }

    private static boolean isWeekend(Instant day) {
        DayOfWeek weekday = day.atZone(ZoneOffset.UTC).getDayOfWeek();
        return weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY;
    }

    private static DemoCategory pickCategory(Random random) {
        double roll = random.nextDouble() * totalWeight();
        for (DemoCategory category : DemoCatalog.CATEGORIES) {
            roll -= category.weight();
            if (roll < 0) {
                return category;
            }
        }
        return DemoCatalog.CATEGORIES.get(DemoCatalog.CATEGORIES.size() - 1);
    }

    private static double totalWeight() {
        return DemoCatalog.CATEGORIES.stream().mapToDouble(DemoCategory::weight).sum();
    }

    private static DemoPriority pickPriority(Random random) {
        double roll = random.nextDouble();
        for (DemoPriority priority : DemoCatalog.PRIORITIES) {
            roll -= priority.share();
            if (roll < 0) {
                return priority;
            }
        }
        return DemoCatalog.PRIORITIES.get(DemoCatalog.PRIORITIES.size() - 1);
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static String capitalise(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** Mutable holder of one ticket's values until its key is known. */
    private static final class Draft {
        private Instant created;
        private Instant resolved;
        private String category;
        private String component;
        private String priority;
        private String summary;
        private String description;
        private String reporter;
        private String assignee;

        Instant created() {
            return created;
        }

        Ticket toTicket(String key) {
            return Ticket.builder(key, created)
                    .project(PROJECT)
                    .resolved(resolved)
                    .summary(summary)
                    .description(description)
                    .reporter(reporter)
                    .assignee(assignee)
                    .priority(priority)
                    .category(category)
                    .components(List.of(component))
                    .build();
        }
    }
}
