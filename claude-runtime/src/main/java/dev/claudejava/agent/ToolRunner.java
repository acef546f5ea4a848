package dev.claudejava.agent;

import dev.claudejava.model.ToolDefinition;
import dev.claudejava.model.ToolUseBlock;
import dev.claudejava.tool.ToolInputException;
import dev.claudejava.tool.ToolResult;
import dev.claudejava.tool.ToolSet;
import dev.claudejava.tool.UnknownToolException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.UndeclaredThrowableException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;

/** Runs the tool calls of one assistant turn, in parallel or in order, and turns faults into results. */
final class ToolRunner {

  private final Map<String, ToolSet> toolsByName;
  private final List<ToolDefinition> definitions;
  private final Executor executor;
  private final boolean parallel;
  private final AgentListener listener;

  ToolRunner(List<ToolSet> toolSets, Executor executor, boolean parallel, AgentListener listener) {
    Map<String, ToolSet> byName = new LinkedHashMap<>();
    List<ToolDefinition> all = new ArrayList<>();
    for (ToolSet toolSet : toolSets) {
      for (ToolDefinition definition : toolSet.definitions()) {
        ToolSet previous = byName.putIfAbsent(definition.name(), toolSet);
        if (previous != null) {
          throw new IllegalArgumentException("two tools are named '" + definition.name() + "', in "
              + previous.getClass().getName() + " and " + toolSet.getClass().getName()
              + "; give one another name with @Tool(name = ...)");
        }
        all.add(definition);
      }
    }
    this.toolsByName = byName;
    this.definitions = List.copyOf(all);
    this.executor = executor;
    this.parallel = parallel;
    this.listener = listener;
  }

  List<ToolDefinition> definitions() {
    return definitions;
  }

  /**
   * Runs every call; the results keep the calls' order. In parallel, the calling thread runs the
   * first call itself and then every call no executor thread has started yet, so a call always
   * finishes even when the executor is saturated, rejects work, or is busy with the very tools that
   * wait for this call (an agent whose tool calls an agent).
   */
  List<ToolCall> run(List<ToolUseBlock> calls) {
    List<ToolCall> results = new ArrayList<>(calls.size());
    if (!parallel || calls.size() < 2) {
      for (ToolUseBlock call : calls) {
        results.add(run(call));
      }
      return results;
    }
    List<Task> tasks = new ArrayList<>(calls.size());
    for (ToolUseBlock call : calls) {
      tasks.add(new Task(call));
    }
    for (Task task : tasks.subList(1, tasks.size())) {
      try {
        executor.execute(task);
      } catch (RejectedExecutionException e) {
        // the calling thread runs it below
      }
    }
    for (Task task : tasks) {
      task.run();
      results.add(task.join());
    }
    return results;
  }

  private ToolCall run(ToolUseBlock call) {
    listener.onToolStarted(call);
    long start = System.nanoTime();
    ToolCall.Outcome outcome;
    ToolResult result;
    Throwable failure = null;
    ToolSet toolSet = toolsByName.get(call.name());
    try {
      if (toolSet == null) {
        throw new UnknownToolException(call.name(), List.copyOf(toolsByName.keySet()));
      }
      result = toolSet.invoke(call.name(), call.input());
      if (result == null) {
        throw new IllegalStateException(toolSet.getClass().getName() + " returned no result (null) for tool "
            + call.name() + "; a tool with nothing to say returns ToolResult.done()");
      }
      outcome = ToolCall.Outcome.SUCCEEDED;
    } catch (UnknownToolException e) {
      outcome = ToolCall.Outcome.UNKNOWN_TOOL;
      result = ToolResult.error(e.getMessage());
      failure = e;
    } catch (ToolInputException e) {
      outcome = ToolCall.Outcome.INVALID_INPUT;
      result = ToolResult.error("invalid input: " + e.getMessage());
      failure = e;
    } catch (Exception e) {
      Throwable cause = unwrap(e);
      outcome = ToolCall.Outcome.FAILED;
      result = ToolResult.error(describe(cause));
      failure = cause;
    }
    ToolCall done = new ToolCall(
        call.id(), call.name(), call.input(), outcome, result, Duration.ofNanos(System.nanoTime() - start), failure);
    listener.onToolFinished(done);
    return done;
  }

  /** One call, run once by whichever thread claims it first. */
  private final class Task implements Runnable {
    private final ToolUseBlock call;
    private final AtomicBoolean claimed = new AtomicBoolean();
    private final CompletableFuture<ToolCall> done = new CompletableFuture<>();

    Task(ToolUseBlock call) {
      this.call = call;
    }

    @Override
    public void run() {
      if (!claimed.compareAndSet(false, true)) {
        return;
      }
      try {
        done.complete(ToolRunner.this.run(call));
      } catch (Throwable e) {
        done.completeExceptionally(e);
      }
    }

    /** The finished call; a listener's exception, or an {@code Error} a tool threw, as it was thrown. */
    ToolCall join() {
      try {
        return done.join();
      } catch (CompletionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof RuntimeException runtime) {
          throw runtime;
        }
        if (cause instanceof Error error) {
          throw error;
        }
        throw e;
      }
    }
  }

  private static Throwable unwrap(Throwable e) {
    Throwable cause = e;
    while ((cause instanceof InvocationTargetException || cause instanceof UndeclaredThrowableException
        || cause instanceof CompletionException) && cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause;
  }

  /** The message the model reads: the exception's message, never its stack trace. */
  static String describe(Throwable e) {
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
  }
}
