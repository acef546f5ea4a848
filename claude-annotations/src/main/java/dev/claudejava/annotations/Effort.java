package dev.claudejava.annotations;

/**
 * How much effort the model spends on a reply: the API's {@code output_config.effort}. Lower effort
 * is faster and cheaper; higher effort thinks longer.
 */
public enum Effort {
  /** Send no effort: the API's default applies. */
  DEFAULT(""),
  LOW("low"),
  MEDIUM("medium"),
  HIGH("high"),
  XHIGH("xhigh"),
  MAX("max");

  private final String wireValue;

  Effort(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as the API spells it; empty for {@link #DEFAULT}. */
  public String wireValue() {
    return wireValue;
  }
}
