package dev.claudejava.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The implementation generated for an agent with every kind of method, compared with its golden file. */
class AgentGoldenTest {

  private static final JavaFileObject TOOLS = JavaFileObjects.forSourceLines("test.WeatherTools",
      "package test;",
      "import dev.claudejava.annotations.Tool;",
      "public class WeatherTools {",
      "  /**",
      "   * The weather now.",
      "   *",
      "   * @param city the city",
      "   */",
      "  @Tool public String getWeather(String city) { return \"Sunny in \" + city; }",
      "}");

  private static final JavaFileObject AGENT = JavaFileObjects.forSourceLines("test.WeatherAgent",
      "package test;",
      "import dev.claudejava.agent.*;",
      "import dev.claudejava.annotations.*;",
      "import dev.claudejava.model.*;",
      "import java.util.List;",
      "import java.util.concurrent.CompletableFuture;",
      "/** A weather agent. */",
      "@ClaudeAgent(model = \"claude-sonnet-4-6\", system = \"You are terse.\", tools = WeatherTools.class,",
      "    thinking = Thinking.ADAPTIVE_SUMMARIZED, effort = Effort.HIGH, stopSequences = \"END\", temperature = 0.3,",
      "    cacheConversation = true, maxToolRounds = 5)",
      "public interface WeatherAgent {",
      "  /** A forecast. @param city the city */",
      "  record Forecast(String city, List<Integer> highs) {}",
      "  String ask(String question);",
      "  @UserMessage(\"Forecast {days} days for {city}.\") Forecast forecast(String city, int days);",
      "  List<String> cities(String request);",
      "  AgentStream chat(Conversation conversation, String message);",
      "  CompletableFuture<String> askLater(String question);",
      "  TokenCount count(String question);",
      "  Message raw(String question);",
      "  AgentResult full(String question);",
      "  String describe(@Cached Image image, List<Document> reports, String question);",
      "  @AgentMethod(system = \"You answer as {persona}.\", maxTokens = 200, effort = Effort.LOW)",
      "  @UserMessage(\"{question}\") String roleplay(String persona, String question);",
      "  /** Today. */ @Tool default String today() { return \"Tuesday\"; }",
      "}");

  @Test
  void theGeneratedAgentMatchesItsGolden() throws IOException {
    Compilation compilation = Compiler.compile(TOOLS, AGENT);
    assertThat(compilation).succeededWithoutWarnings();
    Goldens.assertMatches("ClaudeWeatherAgent.java",
        compilation.generatedSourceFile("test.ClaudeWeatherAgent").orElseThrow().getCharContent(true).toString());
  }
}
