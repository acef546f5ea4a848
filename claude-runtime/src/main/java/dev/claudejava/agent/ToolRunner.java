package dev.claudejava.agent;

import dev.claudejava.model.ToolDefinition;
import dev.claudejava.model.ToolUseBlock;
import dev.claudejava.tool.ToolInputException;
import dev.claudejava.tool.ToolResult;
import dev.claudejava.tool.ToolSet;
import dev.claudejava.tool.UnknownToolException;
import java.lang.reflect.InvocationTargetException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

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

  /** Runs every call; the results keep the calls' order. */
  List<ToolCall> run(List<ToolUseBlock> calls) {
    if (!parallel || calls.size() < 2) {
      List<ToolCall> results = new ArrayList<>(calls.size());
      for (ToolUseBlock call : calls) {
        results.add(run(call));
      }
      return results;
    }
    List<CompletableFuture<ToolCall>> futures = new ArrayList<>(calls.size());
    for (ToolUseBlock call : calls) {
      futures.add(CompletableFuture.supplyAsync(() -> run(call), executor));
    }
    List<ToolCall> results = new ArrayList<>(calls.size());
    for (CompletableFuture<ToolCall> future : futures) {
      try {
        results.add(future.join());
      } catch (CompletionException e) {
        // only a listener can throw here (run catches every tool fault); its exception fails the call
        throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
      }
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

  private static Throwable unwrap(Throwable e) {
    Throwable cause = e;
    while ((cause instanceof InvocationTargetException || cause instanceof CompletionException)
        && cause.getCause() != null) {
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
