package dev.frontline.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CursorTests {

    @Test
    void aCursorSurvivesTheRoundTripWithMicrosecondPrecision() {
        Cursor cursor = new Cursor(Instant.parse("2026-11-23T10:15:30.123456Z"), UUID.randomUUID());

        assertThat(Cursor.decode(cursor.encode())).isEqualTo(cursor);
    }

    @Test
    void aForgedCursorIsABadRequest() {
        assertThatThrownBy(() -> Cursor.decode("not-a-cursor")).isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void idsAreTimeOrdered() {
        UUID earlier = Ids.newId(1_000_000L);
        UUID later = Ids.newId(2_000_000L);

        assertThat(earlier.version()).isEqualTo(7);
        assertThat(earlier.compareTo(later)).isNegative();
    }
}
