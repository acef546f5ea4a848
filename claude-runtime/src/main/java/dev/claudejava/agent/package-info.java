/**
 * The agent engine: the tool_use / tool_result loop, stop reasons, conversations and their
 * persistence, and observability. Generated agents call {@link dev.claudejava.agent.AgentEngine};
 * it is as usable by hand:
 *
 * <pre>{@code
 * AgentEngine engine = AgentEngine.builder()
 *     .client(client)
 *     .tools(new WeatherToolsToolSet(new WeatherTools()))
 *     .build();
 * AgentResult result = engine.run(MessageRequest.builder()
 *     .model("claude-opus-4-8").maxTokens(1024)
 *     .tools(engine.toolDefinitions())
 *     .addUserMessage("Weather in Paris?")
 *     .build());
 * System.out.println(result.text());
 * }</pre>
 */
@NullMarked
package dev.claudejava.agent;

import org.jspecify.annotations.NullMarked;
