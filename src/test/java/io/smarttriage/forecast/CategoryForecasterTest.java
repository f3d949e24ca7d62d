package io.smarttriage.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.smarttriage.domain.Ticket;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CategoryForecasterTest {

    private static final LocalDate START = LocalDate.of(2024, 1, 1);
    private static final LocalDate END = START.plusDays(69);

    private final CategoryForecaster forecaster =
            new CategoryForecaster(
                    new VolumeForecaster(ForecastSettings.defaults(HolidayCalendar.none())));

    @Test
    void givenSteadyAndSparseCategories_forecast_forecastsSteadyAndGroupsSparseAsOther() {
        List<Ticket> tickets = new ArrayList<>();
        addDaily(tickets, "Access", START, 3, 1);
        addDaily(tickets, "Printer", START, 1, 3);

        CategoryForecasts result =
                forecaster.forecast(tickets, Ticket::category, ZoneOffset.UTC, START, END, 14);

        assertThat(result.categories())
                .extracting(CategoryForecast::category, CategoryForecast::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Access", CategoryStatus.FORECAST),
                        org.assertj.core.groups.Tuple.tuple(
                                CategoryForecaster.OTHER, CategoryStatus.TOO_LITTLE_HISTORY));
        assertThat(result.groupedAsOther()).containsExactly("Printer");
        assertThat(result.categories().get(0).forecast().orElseThrow().days())
                .hasSize(14)
                .allSatisfy(day -> assertThat(day.expected()).isCloseTo(3.0, within(0.3)));
        assertThat(result.total().days().get(0).expected()).isGreaterThan(3.0);
    }

    @Test
    void givenBusyCategoryWithThreeWeeksOnly_forecast_groupsItAsOtherForTooShortHistory() {
        List<Ticket> tickets = new ArrayList<>();
        addDaily(tickets, "Access", START, 3, 1);
        addDaily(tickets, "Laptop", END.minusDays(20), 5, 1);

        CategoryForecasts result =
                forecaster.forecast(tickets, Ticket::category, ZoneOffset.UTC, START, END, 7);

        assertThat(result.groupedAsOther()).containsExactly("Laptop");
        CategoryForecast other = result.categories().get(1);
        assertThat(other.category()).isEqualTo(CategoryForecaster.OTHER);
        assertThat(other.historyDays()).isEqualTo(21);
        assertThat(other.status()).isEqualTo(CategoryStatus.TOO_LITTLE_HISTORY);
    }

    @Test
    void givenClassifierOnFirstComponent_forecast_splitsByComponentNotCategory() {
        List<Ticket> tickets = new ArrayList<>();
        addDaily(tickets, "Access", START, 2, 1);
        for (Ticket ticket : List.copyOf(tickets)) {
            tickets.add(
                    Ticket.builder(ticket.key() + "-c", ticket.created())
                            .components(List.of("VPN"))
                            .build());
        }

        CategoryForecasts result =
                forecaster.forecast(
                        tickets,
                        t -> t.components().isEmpty() ? null : t.components().get(0),
                        ZoneOffset.UTC,
                        START,
                        END,
                        7);

        assertThat(result.categories())
                .extracting(CategoryForecast::category, CategoryForecast::historyRequests)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("VPN", 140),
                        org.assertj.core.groups.Tuple.tuple(CategoryForecaster.OTHER, 140));
        assertThat(result.categories()).allMatch(c -> c.status() == CategoryStatus.FORECAST);
    }

    private static void addDaily(
            List<Ticket> tickets, String category, LocalDate from, int perDay, int everyNthDay) {
        for (LocalDate day = from; !day.isAfter(END); day = day.plusDays(everyNthDay)) {
            for (int i = 0; i < perDay; i++) {
                tickets.add(
                        Ticket.builder(
                                        category + "-" + day + "-" + i,
                                        day.atTime(9 + i, 0).toInstant(ZoneOffset.UTC))
                                .category(category)
                                .build());
            }
        }
    }
}
