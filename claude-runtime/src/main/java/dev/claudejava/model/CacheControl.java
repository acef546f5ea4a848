package dev.claudejava.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A prompt-cache breakpoint: {@code {"type": "ephemeral"}}, with an optional time to live
 * ({@code "5m"}, the default, or {@code "1h"}). Everything up to and including the marked block is
 * cached as a strict byte prefix, so nothing volatile may come before a breakpoint.
 *
 * @param type the cache type; {@code "ephemeral"} is the only one the API knows today
 * @param ttl the time to live, or null for the API's default of five minutes
 */
public record CacheControl(String type, @Nullable String ttl) {

  private static final CacheControl EPHEMERAL = new CacheControl("ephemeral", null);
  private static final CacheControl EPHEMERAL_1H = new CacheControl("ephemeral", "1h");

  public CacheControl {
    Objects.requireNonNull(type, "type");
  }

  /** {@code {"type": "ephemeral"}}: cached for five minutes, refreshed on every hit. */
  public static CacheControl ephemeral() {
    return EPHEMERAL;
  }

  /** {@code {"type": "ephemeral", "ttl": "1h"}}: cached for an hour. */
  public static CacheControl ephemeralOneHour() {
    return EPHEMERAL_1H;
  }
}
