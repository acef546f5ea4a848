package dev.claudejava.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One page of {@code GET /v1/models}.
 *
 * @param data the models on this page, newest first
 * @param hasMore whether another page follows
 * @param firstId the first model's id (pass as {@code before_id} for the previous page), or null
 * @param lastId the last model's id (pass as {@code after_id} for the next page), or null
 */
public record ModelPage(List<ModelInfo> data, boolean hasMore, @Nullable String firstId, @Nullable String lastId) {

  public ModelPage {
    data = List.copyOf(data);
  }
}
