package dev.claudejava.internal;

import dev.claudejava.model.CacheControl;
import dev.claudejava.model.CacheableBlock;
import dev.claudejava.model.ContentBlock;
import dev.claudejava.model.Document;
import dev.claudejava.model.Image;
import dev.claudejava.model.MessageParam;
import dev.claudejava.model.Role;
import dev.claudejava.model.TextBlock;
import dev.claudejava.model.ToolDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/** What generated agents call besides the engine: request parts and the executor of async methods. */
public final class AgentSupport {

  private static final ExecutorService ASYNC = newAsyncExecutor();

  private AgentSupport() {}

  /**
   * The executor of agent methods that return a {@code CompletableFuture}, when the builder was
   * given none: daemon threads, created as needed and kept a minute when idle. It is not the tool
   * executor, so that calls waiting for their tools never hold the threads those tools need.
   */
  public static ExecutorService asyncExecutor() {
    return ASYNC;
  }

  /** The tool definitions with a cache breakpoint on the last, which caches all of them. */
  public static List<ToolDefinition> cacheLast(List<ToolDefinition> tools) {
    if (tools.isEmpty()) {
      return tools;
    }
    List<ToolDefinition> cached = new ArrayList<>(tools);
    int last = cached.size() - 1;
    cached.set(last, cached.get(last).withCacheControl(CacheControl.ephemeral()));
    return List.copyOf(cached);
  }

  /** The system prompt as one text block, a cache breakpoint when {@code cached}; none when empty. */
  public static List<TextBlock> system(String text, boolean cached) {
    if (text.isEmpty()) {
      return List.of();
    }
    TextBlock block = TextBlock.of(text);
    return List.of(cached ? block.withCacheControl(CacheControl.ephemeral()) : block);
  }

  /** Builds the user turn of an agent call: media first (the API reads images best before text), then text. */
  public static UserTurn userTurn() {
    return new UserTurn();
  }

  /** The content of one user turn, in order. */
  public static final class UserTurn {
    private final List<ContentBlock> content = new ArrayList<>();

    private UserTurn() {}

    /** An image, a cache breakpoint when {@code cached}. */
    public UserTurn image(Image image, boolean cached) {
      return block(image.toBlock(), cached);
    }

    /** Images, the last a cache breakpoint when {@code cached}. */
    public UserTurn images(List<? extends Image> images, boolean cached) {
      for (int i = 0; i < images.size(); i++) {
        image(images.get(i), cached && i == images.size() - 1);
      }
      return this;
    }

    /** A document, a cache breakpoint when {@code cached}. */
    public UserTurn document(Document document, boolean cached) {
      return block(document.toBlock(), cached);
    }

    /** Documents, the last a cache breakpoint when {@code cached}. */
    public UserTurn documents(List<? extends Document> documents, boolean cached) {
      for (int i = 0; i < documents.size(); i++) {
        document(documents.get(i), cached && i == documents.size() - 1);
      }
      return this;
    }

    /** A block as given (an {@code ImageBlock}, a {@code DocumentBlock}), a cache breakpoint when {@code cached}. */
    public UserTurn block(ContentBlock block, boolean cached) {
      content.add(cached && block instanceof CacheableBlock cacheable
          ? cacheable.withCacheControl(CacheControl.ephemeral())
          : block);
      return this;
    }

    /** The text, unless it is null or empty. */
    public UserTurn text(@Nullable String text) {
      if (text != null && !text.isEmpty()) {
        content.add(TextBlock.of(text));
      }
      return this;
    }

    /** The turn. */
    public MessageParam build() {
      return new MessageParam(Role.USER, content);
    }
  }

  private static ExecutorService newAsyncExecutor() {
    AtomicInteger threads = new AtomicInteger();
    return new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS, new SynchronousQueue<>(), task -> {
          Thread thread = new Thread(task, "claude-agent-async-" + threads.incrementAndGet());
          thread.setDaemon(true);
          return thread;
        });
  }
}
