package dev.claudejava.processor.model;

import java.util.List;
import java.util.Optional;

/**
 * The models this version knows, with the limits the processor checks at compile time. A model it
 * does not know is a warning, never an error: new models appear between releases.
 */
public final class KnownModels {

  /**
   * One model.
   *
   * @param id the model id
   * @param maxOutputTokens the most output tokens a reply may have
   * @param minCacheableTokens the shortest prefix the prompt cache stores
   * @param rejectsSampling whether the API answers temperature, top_p and top_k with 400
   */
  public record Model(String id, int maxOutputTokens, int minCacheableTokens, boolean rejectsSampling) {}

  /** The current lineup. */
  public static final List<Model> MODELS = List.of(
      new Model("claude-opus-4-8", 128_000, 1024, true),
      new Model("claude-sonnet-4-6", 64_000, 1024, false),
      new Model("claude-haiku-4-5", 64_000, 4096, false));

  private KnownModels() {}

  /** The model {@code id} names: exactly, or as a dated snapshot ({@code claude-opus-4-8-20260101}). */
  public static Optional<Model> find(String id) {
    for (Model model : MODELS) {
      if (id.equals(model.id()) || id.matches("\\Q" + model.id() + "\\E-\\d{8}")) {
        return Optional.of(model);
      }
    }
    return Optional.empty();
  }

  /** Whether {@code id} is of the Opus 4.8 family, which rejects sampling parameters. */
  public static boolean rejectsSampling(String id) {
    return id.startsWith("claude-opus-4-8") || find(id).map(Model::rejectsSampling).orElse(false);
  }

  /** The known id closest to {@code id}, by edit distance. */
  public static String closest(String id) {
    String best = MODELS.get(0).id();
    int bestDistance = Integer.MAX_VALUE;
    for (Model model : MODELS) {
      int distance = distance(id, model.id());
      if (distance < bestDistance) {
        best = model.id();
        bestDistance = distance;
      }
    }
    return best;
  }

  private static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
