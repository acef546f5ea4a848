package dev.claudejava.client;

import dev.claudejava.internal.Wire;
import dev.claudejava.model.ModelInfo;
import dev.claudejava.model.ModelPage;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.jspecify.annotations.Nullable;

/** The Models API: {@code GET /v1/models} and {@code GET /v1/models/{id}}. Thread-safe. */
public final class Models {

  private final Transport transport;

  Models(Transport transport) {
    this.transport = transport;
  }

  /** The first page of models, newest first, at the API's default page size. */
  public ModelPage list() {
    return list(null, null, null);
  }

  /**
   * One page of models, newest first.
   *
   * @param limit models per page (1 to 1000), or null for the API's default (20)
   * @param afterId the page after this id (a page's {@code lastId}), or null
   * @param beforeId the page before this id (a page's {@code firstId}), or null
   */
  public ModelPage list(@Nullable Integer limit, @Nullable String afterId, @Nullable String beforeId) {
    StringBuilder query = new StringBuilder();
    if (limit != null) {
      if (limit < 1 || limit > 1000) {
        throw new IllegalArgumentException("limit is " + limit + "; the API takes 1 to 1000");
      }
      appendParam(query, "limit", limit.toString());
    }
    if (afterId != null) {
      appendParam(query, "after_id", afterId);
    }
    if (beforeId != null) {
      appendParam(query, "before_id", beforeId);
    }
    return Wire.readModelPage(transport.send("GET", "/v1/models" + query, null, RequestOptions.none()).json());
  }

  /** Every model, newest first, fetched a page at a time as the iteration reaches it. */
  public Iterable<ModelInfo> listAll() {
    return () -> new Iterator<>() {
      private ModelPage page = list();
      private int next;

      @Override
      public boolean hasNext() {
        while (next == page.data().size() && page.hasMore() && page.lastId() != null) {
          page = list(null, page.lastId(), null);
          next = 0;
        }
        return next < page.data().size();
      }

      @Override
      public ModelInfo next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return page.data().get(next++);
      }
    };
  }

  /**
   * The model {@code id} (an alias resolves to the model it names).
   *
   * @throws NotFoundException when the API knows no such model
   */
  public ModelInfo retrieve(String id) {
    String path = "/v1/models/" + URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
    return Wire.readModel(transport.send("GET", path, null, RequestOptions.none()).json());
  }

  private static void appendParam(StringBuilder query, String name, String value) {
    query.append(query.length() == 0 ? '?' : '&')
        .append(name)
        .append('=')
        .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
  }
}
