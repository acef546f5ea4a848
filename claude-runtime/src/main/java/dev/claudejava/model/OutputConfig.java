package dev.claudejava.model;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.claudejava.annotations.Effort;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The request's {@code output_config}: how hard the model works, and the JSON schema its reply must
 * follow.
 *
 * @param effort the effort; {@link Effort#DEFAULT} sends none
 * @param jsonSchema the schema of a structured reply ({@code "format": {"type": "json_schema",
 *     "schema": ...}}), or null for free text; treat it as read-only
 */
public record OutputConfig(Effort effort, @Nullable ObjectNode jsonSchema) {

  public OutputConfig {
    Objects.requireNonNull(effort, "effort");
  }

  /** Only an effort. */
  public static OutputConfig effort(Effort effort) {
    return new OutputConfig(effort, null);
  }

  /** Only a structured-output schema. */
  public static OutputConfig jsonSchema(ObjectNode schema) {
    return new OutputConfig(Effort.DEFAULT, schema);
  }

  /** Whether nothing would be sent. */
  public boolean isEmpty() {
    return effort == Effort.DEFAULT && jsonSchema == null;
  }
}
