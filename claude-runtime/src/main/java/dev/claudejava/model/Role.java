package dev.claudejava.model;

/** The author of a turn. The API has no system role: the system prompt is a top-level parameter. */
public enum Role {
  USER("user"),
  ASSISTANT("assistant");

  private final String wireValue;

  Role(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The role as the API spells it. */
  public String wireValue() {
    return wireValue;
  }

  /** The role for a wire value. */
  public static Role fromWire(String value) {
    for (Role role : values()) {
      if (role.wireValue.equals(value)) {
        return role;
      }
    }
    throw new IllegalArgumentException("unknown role '" + value + "'; the API knows 'user' and 'assistant'");
  }
}
