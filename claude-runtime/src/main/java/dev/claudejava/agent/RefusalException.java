package dev.claudejava.agent;

import dev.claudejava.model.StopDetails;
import org.jspecify.annotations.Nullable;

/**
 * The model declined to answer ({@code stop_reason: refusal}). Retrying the same request will not
 * help; {@link #stopDetails()} says more when the API gave details.
 */
public class RefusalException extends AgentException {

  /** The exchange whose last reply is the refusal. */
  public RefusalException(AgentResult result) {
    super(describe(result.message().stopDetails()), result, null);
  }

  private static String describe(@Nullable StopDetails details) {
    StringBuilder text = new StringBuilder("the model declined to answer (stop_reason refusal)");
    if (details != null && details.category() != null) {
      text.append(", category ").append(details.category());
    }
    if (details != null && details.explanation() != null) {
      text.append(": ").append(details.explanation());
    }
    return text.append("; the request is not retried").toString();
  }

  /** The API's details of the refusal, or null. */
  public @Nullable StopDetails stopDetails() {
    return result().message().stopDetails();
  }
}
