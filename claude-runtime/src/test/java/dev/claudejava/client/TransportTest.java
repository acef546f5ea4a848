package dev.claudejava.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TransportTest {

  private static HttpHeaders headers(Map<String, String> values) {
    return HttpHeaders.of(
        values.entrySet().stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> List.of(e.getValue()))),
        (a, b) -> true);
  }

  @Test
  void retryAfterMillisecondsWinsOverSeconds() {
    assertThat(Transport.retryAfter(headers(Map.of("retry-after-ms", "250.5", "retry-after", "3"))))
        .isEqualTo(Duration.ofNanos(250_500_000));
  }

  @Test
  void retryAfterTakesFractionalSecondsAndHttpDates() {
    assertThat(Transport.retryAfter(headers(Map.of("retry-after", "1.5")))).isEqualTo(Duration.ofMillis(1500));
    String inTenSeconds = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(10));
    assertThat(Transport.retryAfter(headers(Map.of("retry-after", inTenSeconds))))
        .isBetween(Duration.ofSeconds(5), Duration.ofSeconds(11));
  }

  @Test
  void retryAfterIsIgnoredWhenUnreadableNotPositiveOrOverAMinute() {
    assertThat(Transport.retryAfter(headers(Map.of("retry-after", "soon")))).isNull();
    assertThat(Transport.retryAfter(headers(Map.of("retry-after", "0")))).isNull();
    assertThat(Transport.retryAfter(headers(Map.of("retry-after", "-1")))).isNull();
    assertThat(Transport.retryAfter(headers(Map.of("retry-after", "61")))).isNull();
    assertThat(Transport.retryAfter(headers(Map.of()))).isNull();
  }

  @Test
  void backoffDoublesFromTheInitialDelayUpToTheCapWithAtMostAQuarterOfJitter() {
    Duration initial = Duration.ofMillis(500);
    Duration max = Duration.ofSeconds(8);
    for (int i = 0; i < 50; i++) {
      assertThat(Transport.backoff(1, initial, max)).isBetween(Duration.ofMillis(375), Duration.ofMillis(500));
      assertThat(Transport.backoff(2, initial, max)).isBetween(Duration.ofMillis(750), Duration.ofMillis(1000));
      assertThat(Transport.backoff(5, initial, max)).isBetween(Duration.ofMillis(6000), Duration.ofMillis(8000));
      assertThat(Transport.backoff(40, initial, max)).isBetween(Duration.ofMillis(6000), Duration.ofMillis(8000));
    }
  }

  @Test
  void retriesTheStatusesThatMaySucceedLater() {
    assertThat(List.of(408, 409, 429, 500, 502, 503, 529)).allMatch(Transport::isRetryableStatus);
    assertThat(List.of(400, 401, 403, 404, 413, 422)).noneMatch(Transport::isRetryableStatus);
  }

  @Test
  void anErrorBodyWhichIsNotJsonBecomesTheMessage() {
    ApiException e = Transport.apiException(502, headers(Map.of("request-id", "req_9")),
        "<html>Bad gateway</html>".getBytes(StandardCharsets.UTF_8));

    assertThat(e).isInstanceOf(InternalServerException.class);
    assertThat(e.getMessage()).isEqualTo("502 http_502: <html>Bad gateway</html> (request-id req_9)");
  }

  @Test
  void theRequestIdComesFromTheBodyWhenTheHeaderIsMissing() {
    ApiException e = Transport.apiException(529, headers(Map.of()),
        "{\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\",\"message\":\"Overloaded\"},\"request_id\":\"req_7\"}"
            .getBytes(StandardCharsets.UTF_8));

    assertThat(e).isInstanceOf(OverloadedException.class);
    assertThat(e.getMessage()).isEqualTo("529 overloaded_error: Overloaded (request-id req_7)");
    assertThat(e.requestId()).isEqualTo("req_7");
  }
}
