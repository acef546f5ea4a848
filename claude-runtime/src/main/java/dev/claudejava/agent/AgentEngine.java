package dev.claudejava.agent;

import dev.claudejava.client.ClaudeClient;
import dev.claudejava.client.RequestOptions;
import dev.claudejava.client.RetryListener;
import dev.claudejava.model.Message;
import dev.claudejava.model.MessageRequest;
import dev.claudejava.model.ToolDefinition;
import dev.claudejava.tool.ToolSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * Runs the tool loop: sends a request; while the model asks for tools, runs them and sends their
 * results; returns the final reply with the whole exchange. Immutable and thread-safe: one engine
 * serves every call of an agent.
 *
 * <p>What each stop reason does: {@code end_turn}, {@code stop_sequence} and any reason the library
 * does not know finish the call; {@code tool_use} runs the tools (in parallel by default, results in
 * the order asked) and continues; {@code pause_turn} sends the paused turn back so the model goes on;
 * {@code max_tokens} and {@code model_context_window_exceeded} throw {@link MaxTokensException} (unless
 * {@link RunOptions#acceptingMaxTokens()});
 * {@code refusal} throws {@link RefusalException}; more than {@code maxToolRounds} tool rounds throws
 * {@link MaxToolRoundsException}. A tool that throws, an unknown tool and input that does not decode
 * become {@code is_error} results the model reads, unless the {@link ToolFaultPolicy} says to throw.
 *
 * <p>The assistant turns go back exactly as they came, thinking blocks and their signatures included.
 * A call that fails leaves its {@link Conversation} exactly as it was.
 */
public final class AgentEngine {

  /**
   * The executor for parallel tool calls when none is configured: shared by every engine, up to 16
   * daemon threads that time out when idle, so that an application that never closes anything does
   * not leak them.
   */
  private static final Executor SHARED_TOOL_EXECUTOR = newSharedToolExecutor();

  private final ClaudeClient client;
  private final ToolRunner toolRunner;
  private final AgentListener listener;
  private final ToolFaultPolicy faultPolicy;
  private final int maxToolRounds;
  private final RequestOptions requestOptions;

  private AgentEngine(Builder builder) {
    this.client = Objects.requireNonNull(builder.client, "client");
    this.listener = builder.listener;
    this.toolRunner = new ToolRunner(builder.toolSets, builder.executor, builder.parallelTools, listener);
    this.faultPolicy = builder.faultPolicy;
    this.maxToolRounds = builder.maxToolRounds;
    this.requestOptions = withRetryListener(builder.requestOptions, listener);
  }

  /** A builder; {@link Builder#client} is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** The definitions of every tool of the engine's tool sets, in order; put them in the request. */
  public List<ToolDefinition> toolDefinitions() {
    return toolRunner.definitions();
  }

  /**
   * Runs {@code request} to its final reply. The request's turns are the whole conversation (ending
   * with the user's); if it lists no tools, the engine's are added.
   *
   * @throws ConversationException when the turns do not start with user and alternate
   * @throws MaxTokensException when the final reply is cut short
   * @throws RefusalException when the model declines
   * @throws MaxToolRoundsException when the model keeps asking for tools
   * @throws ToolExecutionException when a tool fails and the fault policy says to throw
   * @throws dev.claudejava.client.ApiException and the client's other exceptions, after its retries
   */
  public AgentResult run(MessageRequest request) {
    return run(request, null, RunOptions.defaults());
  }

  /**
   * Runs {@code request} as the next call of {@code conversation}: the conversation's turns, then the
   * request's (the new user turn), are sent; on success, every turn of the exchange is appended to
   * the conversation; on failure it is left as it was.
   */
  public AgentResult run(MessageRequest request, Conversation conversation) {
    return run(request, conversation, RunOptions.defaults());
  }

  /** {@link #run(MessageRequest, Conversation)} with options; {@code conversation} may be null. */
  public AgentResult run(MessageRequest request, @Nullable Conversation conversation, RunOptions options) {
    Exchange exchange = new Exchange(this, request, conversation, options);
    boolean more = true;
    while (more) {
      MessageRequest next = exchange.nextRequest();
      long start = System.nanoTime();
      Message reply = client.messages().create(next, requestOptions);
      more = exchange.accept(reply, Duration.ofNanos(System.nanoTime() - start));
    }
    return exchange.result();
  }

  /**
   * Runs {@code request} streaming: the text of every round reaches the caller as the model writes
   * it; tools run between rounds; {@link AgentStream#result()} equals what {@link #run} returns.
   */
  public AgentStream stream(MessageRequest request) {
    return stream(request, null, RunOptions.defaults());
  }

  /** {@link #stream(MessageRequest)} as the next call of {@code conversation}, which may be null. */
  public AgentStream stream(MessageRequest request, @Nullable Conversation conversation, RunOptions options) {
    return new AgentStream(this, new Exchange(this, request, conversation, options));
  }

  ClaudeClient client() {
    return client;
  }

  RequestOptions requestOptions() {
    return requestOptions;
  }

  ToolRunner toolRunner() {
    return toolRunner;
  }

  AgentListener listener() {
    return listener;
  }

  ToolFaultPolicy faultPolicy() {
    return faultPolicy;
  }

  int maxToolRounds() {
    return maxToolRounds;
  }

  private static RequestOptions withRetryListener(RequestOptions options, AgentListener listener) {
    RetryListener own = options.retryListener();
    RetryListener both = (attempt, delay, cause) -> {
      if (own != null) {
        own.onRetry(attempt, delay, cause);
      }
      listener.onRetry(attempt, delay, cause);
    };
    return new RequestOptions(options.timeout(), options.maxRetries(), options.headers(), options.betas(), both);
  }

  private static Executor newSharedToolExecutor() {
    AtomicInteger threads = new AtomicInteger();
    ThreadPoolExecutor executor = new ThreadPoolExecutor(16, 16, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
        task -> {
          Thread thread = new Thread(task, "claude-tools-" + threads.incrementAndGet());
          thread.setDaemon(true);
          return thread;
        });
    executor.allowCoreThreadTimeOut(true);
    return executor;
  }

  /** Builds an {@link AgentEngine}. */
  public static final class Builder {
    private @Nullable ClaudeClient client;
    private final List<ToolSet> toolSets = new ArrayList<>();
    private Executor executor = SHARED_TOOL_EXECUTOR;
    private boolean parallelTools = true;
    private AgentListener listener = AgentListener.logging();
    private ToolFaultPolicy faultPolicy = ToolFaultPolicy.TELL_THE_MODEL;
    private int maxToolRounds = 20;
    private RequestOptions requestOptions = RequestOptions.none();

    private Builder() {}

    /** The client requests go through. */
    public Builder client(ClaudeClient client) {
      this.client = Objects.requireNonNull(client, "client");
      return this;
    }

    /** Tool sets whose tools the model may call (added to those given before). */
    public Builder tools(ToolSet... toolSets) {
      return tools(Arrays.asList(toolSets));
    }

    /** Tool sets whose tools the model may call (added to those given before). */
    public Builder tools(List<? extends ToolSet> toolSets) {
      for (ToolSet toolSet : toolSets) {
        this.toolSets.add(Objects.requireNonNull(toolSet, "toolSet"));
      }
      return this;
    }

    /**
     * Where parallel tool calls run; by default a shared pool of up to 16 daemon threads. The calling
     * thread runs one call of each turn itself, and any call the executor has not started (or
     * rejected), so a saturated executor slows a turn down but never stalls it.
     */
    public Builder executor(Executor executor) {
      this.executor = Objects.requireNonNull(executor, "executor");
      return this;
    }

    /** Whether the tool calls of one turn run in parallel (the default) or one after another. */
    public Builder parallelTools(boolean parallel) {
      this.parallelTools = parallel;
      return this;
    }

    /** Told what the engine does; by default {@link AgentListener#logging()}, debug lines only. */
    public Builder listener(AgentListener listener) {
      this.listener = Objects.requireNonNull(listener, "listener");
      return this;
    }

    /** What a failed tool call becomes; by default an error result the model reads. */
    public Builder faultPolicy(ToolFaultPolicy policy) {
      this.faultPolicy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /**
     * The most tool rounds one call may take (20 by default); the turns the server pauses
     * ({@code pause_turn}) are bounded by the same number, counted apart.
     */
    public Builder maxToolRounds(int maxToolRounds) {
      if (maxToolRounds < 0) {
        throw new IllegalArgumentException("maxToolRounds is " + maxToolRounds + "; it must be 0 or more");
      }
      this.maxToolRounds = maxToolRounds;
      return this;
    }

    /** Options for every request the engine sends (timeout, retries, headers, betas). */
    public Builder requestOptions(RequestOptions options) {
      this.requestOptions = Objects.requireNonNull(options, "options");
      return this;
    }

    /**
     * The engine.
     *
     * @throws IllegalStateException when no client was given
     * @throws IllegalArgumentException when two tools share a name
     */
    public AgentEngine build() {
      if (client == null) {
        throw new IllegalStateException("no client; call client(ClaudeClient.fromEnv()) or another client");
      }
      return new AgentEngine(this);
    }
  }
}
