package io.smarttriage.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Where the replay's processes connect. */
class ReplayAddressTest {

    @Test
    void givenPostgresAddressWithParameters_whenConnecting_thenSchemaIsAddedToTheUrl() {
        ReplayAddress address =
                new ReplayAddress("jdbc:postgresql://127.0.0.1:5432/test?ssl=false", "u", "r1");

        String url = address.connectionUrl();

        assertThat(url)
                .isEqualTo("jdbc:postgresql://127.0.0.1:5432/test?ssl=false&currentSchema=r1");
        assertThat(address.driver()).isEqualTo("org.postgresql.Driver");
    }

    @Test
    void givenEmbeddedAddress_whenConnecting_thenUrlIsUnchanged() {
        ReplayAddress address = new ReplayAddress("jdbc:h2:tcp://127.0.0.1:9/mem:r", "sa", null);

        String url = address.connectionUrl();

        assertThat(url).isEqualTo("jdbc:h2:tcp://127.0.0.1:9/mem:r");
        assertThat(address.driver()).isEqualTo("org.h2.Driver");
    }
}
