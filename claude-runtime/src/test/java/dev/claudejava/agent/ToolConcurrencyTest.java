package dev.claudejava.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import dev.claudejava.agent.AgentEngineTest.SimpleToolSet;
import dev.claudejava.client.ClaudeClient;
import dev.claudejava.model.MessageRequest;
import dev.claudejava.testkit.MockClaudeExtension;
import dev.claudejava.testkit.MockClaudeServer;
import dev.claudejava.testkit.RecordedRequest;
import dev.claudejava.testkit.Reply;
import dev.claudejava.tool.ToolResult;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Tool calls on busy, stingy or shared executors, and calls that share a conversation. */
class ToolConcurrencyTest {

  @RegisterExtension static final MockClaudeExtension claude = new MockClaudeExtension();

  /** Generous: a run that needs it has deadlocked, not slowed down. */
  private static final Duration DEADLOCK = Duration.ofSeconds(60);

  private MockClaudeServer server;
  private ClaudeClient client;

  @BeforeEach
  void client(MockClaudeServer server) {
    this.server = server;
    this.client = ClaudeClient.builder().apiKey(server.apiKey()).baseUrl(server.baseUrl()).build();
  }

  @AfterEach
  void close() {
    client.close();
  }

  private static MessageRequest ask(String question) {
    return MessageRequest.builder().model("claude-opus-4-8").maxTokens(1024).addUserMessage(question).build();
  }

  /** Two calls of {@code tool} in the first round, then {@code answer}, for requests that open with {@code question}. */
  private static Reply script(RecordedRequest request, String question, String tool, String answer) {
    JsonNode messages = request.json().path("messages");
    if (!messages.at("/0/content/0/text").asText().equals(question)) {
      return null;
    }
    return messages.size() == 1
        ? Reply.builder().toolUse("toolu_" + tool + "_1", tool, "{}").toolUse("toolu_" + tool + "_2", tool, "{}").build()
        : Reply.text(answer);
  }

  @Test
  void anAgentWhoseToolsRunAgentsOnOneSharedThreadFinishes() {
    ExecutorService oneThread = Executors.newSingleThreadExecutor();
    try {
      AgentEngine inner = AgentEngine.builder().client(client).executor(oneThread)
          .tools(new SimpleToolSet("leaf", input -> ToolResult.text("leaf"))).build();
      AgentEngine outer = AgentEngine.builder().client(client).executor(oneThread)
          .tools(new SimpleToolSet("nest", input -> ToolResult.text(inner.run(ask("inner")).text()))).build();
      server.respondWith(request -> {
        Reply reply = script(request, "outer", "nest", "outer done");
        return reply != null ? reply : script(request, "inner", "leaf", "inner done");
      });

      AgentResult result = assertTimeoutPreemptively(DEADLOCK, () -> outer.run(ask("outer")));

      assertThat(result.text()).isEqualTo("outer done");
      assertThat(result.toolCalls()).extracting(call -> call.result().text()).containsExactly("inner done", "inner done");
      assertThat(server.requestCount()).isEqualTo(6);
    } finally {
      oneThread.shutdownNow();
    }
  }

  @Test
  void toolsStillRunWhenTheExecutorRejectsOrNeverRunsThem() {
    server.respondWith(request -> script(request, "go", "echo", "done"));
    for (Executor stingy : List.<Executor>of(
        task -> {
          throw new RejectedExecutionException("full");
        },
        task -> {})) {
      AgentEngine engine = AgentEngine.builder().client(client).executor(stingy)
          .tools(new SimpleToolSet("echo", input -> ToolResult.text(Thread.currentThread().getName()))).build();

      String[] caller = new String[1];
      AgentResult result = assertTimeoutPreemptively(DEADLOCK, () -> {
        caller[0] = Thread.currentThread().getName();
        return engine.run(ask("go"));
      });

      assertThat(result.toolCalls()).extracting(ToolCall::id).containsExactly("toolu_echo_1", "toolu_echo_2");
      assertThat(result.toolCalls()).extracting(call -> call.result().text()).containsOnly(caller[0]);
    }
  }

  @Test
  void anErrorAToolThrowsInParallelPropagatesAsItself() {
    AgentEngine engine = AgentEngine.builder().client(client)
        .tools(new SimpleToolSet("broken", input -> {
          throw new AssertionError("a bug in the tool");
        })).build();
    server.respondWith(request -> script(request, "go", "broken", "done"));
    Conversation conversation = Conversation.create();

    assertThatThrownBy(() -> engine.run(ask("go"), conversation, RunOptions.defaults()))
        .isExactlyInstanceOf(AssertionError.class)
        .hasMessage("a bug in the tool");
    assertThat(conversation.size()).isZero();
  }

  @Test
  void aCallThatFindsItsConversationChangedByAnotherFailsAndAppendsNothing() throws Exception {
    CountDownLatch firstIsRunningItsTool = new CountDownLatch(1);
    CountDownLatch secondHasFinished = new CountDownLatch(1);
    AgentEngine engine = AgentEngine.builder().client(client).parallelTools(false)
        .tools(new SimpleToolSet("slow", input -> {
          firstIsRunningItsTool.countDown();
          assertThat(secondHasFinished.await(DEADLOCK.toSeconds(), TimeUnit.SECONDS)).isTrue();
          return ToolResult.text("slow");
        })).build();
    server.respondWith(request -> {
      Reply reply = script(request, "first", "slow", "first done");
      return reply != null ? reply : Reply.text("second done");
    });
    Conversation conversation = Conversation.create();

    CompletableFuture<AgentResult> first = CompletableFuture.supplyAsync(() -> engine.run(ask("first"), conversation));
    assertThat(firstIsRunningItsTool.await(DEADLOCK.toSeconds(), TimeUnit.SECONDS)).isTrue();
    AgentResult second = engine.run(ask("second"), conversation);
    secondHasFinished.countDown();

    assertThatThrownBy(() -> first.get(DEADLOCK.toSeconds(), TimeUnit.SECONDS))
        .hasCauseInstanceOf(ConversationException.class)
        .hasRootCauseMessage("the conversation was changed by another call while this one ran; run the calls of one"
            + " conversation one at a time");
    assertThat(conversation.turns()).isEqualTo(second.exchange());
  }
}
