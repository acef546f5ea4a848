package dev.claudejava.testkit;

import java.io.IOException;

/** A request that does not follow HTTP/1.1; the server answers {@link #status()} and closes. */
final class HttpProtocolException extends IOException {

  private final int status;

  HttpProtocolException(int status, String message) {
    super(message);
    this.status = status;
  }

  int status() {
    return status;
  }
}
