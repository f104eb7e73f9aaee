package io.keysmith.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class ExportTimeTests {

    @Test
    void sourceDateEpochFixesTheTimeAnExportStates() {
        assertThat(ExportTime.of("1700000000")).isEqualTo(ZonedDateTime.of(2023, 11, 14, 22, 13, 20, 0, ZoneOffset.UTC));
    }

    @Test
    void withoutItTheTimeIsNow() {
        assertThat(Duration.between(ExportTime.of(null), ZonedDateTime.now(ZoneOffset.UTC)).abs()).isLessThan(Duration.ofMinutes(1));
    }

    @Test
    void aValueThatIsNoNumberOfSecondsIsNamedInTheMessage() {
        assertThatThrownBy(() -> ExportTime.of("yesterday")).isInstanceOf(ExportException.class)
                .hasMessageContaining("SOURCE_DATE_EPOCH").hasMessageContaining("\"yesterday\"");
    }
}
