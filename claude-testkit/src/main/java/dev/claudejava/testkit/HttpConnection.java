package dev.claudejava.testkit;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One client connection, spoken to in HTTP/1.1: requests are read one after another (keep-alive),
 * bodies come with {@code Content-Length} or chunked, and a response goes out either whole (with a
 * {@code Content-Length}) or as chunks flushed one by one, so that a streamed body arrives
 * incrementally. It can also end the connection the ways a failing server does: a close with no
 * response, or an abrupt reset.
 */
final class HttpConnection {

  private static final int MAX_LINE = 64 * 1024;
  private static final int MAX_HEADERS = 256;
  private static final byte[] CRLF = {'\r', '\n'};

  private final Socket socket;
  private final HttpInput input;
  private final OutputStream output;
  private boolean keepAlive = true;

  HttpConnection(Socket socket) throws IOException {
    this.socket = socket;
    this.input = new HttpInput(socket);
    this.output = new BufferedOutputStream(socket.getOutputStream(), 16 * 1024);
  }

  /** The next request on this connection, or null when the client closed it between requests. */
  @Nullable IncomingRequest readRequest(long maxBodyBytes) throws IOException {
    String requestLine;
    do {
      requestLine = input.readLine(MAX_LINE);
    } while (requestLine != null && requestLine.isEmpty());
    if (requestLine == null) {
      return null;
    }
    String[] parts = requestLine.split(" ");
    if (parts.length != 3 || !parts[2].startsWith("HTTP/1.")) {
      throw new HttpProtocolException(400, "malformed request line '" + requestLine + "'");
    }
    Map<String, List<String>> headers = new LinkedHashMap<>();
    while (true) {
      String line = input.readLine(MAX_LINE);
      if (line == null) {
        throw new HttpProtocolException(400, "the connection ended inside the request head");
      }
      if (line.isEmpty()) {
        break;
      }
      int colon = line.indexOf(':');
      if (colon <= 0) {
        throw new HttpProtocolException(400, "malformed header line '" + line + "'");
      }
      if (headers.size() >= MAX_HEADERS) {
        throw new HttpProtocolException(431, "more than " + MAX_HEADERS + " request headers");
      }
      String name = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
      headers.computeIfAbsent(name, n -> new ArrayList<>()).add(line.substring(colon + 1).trim());
    }
    String connection = first(headers, "connection");
    boolean http11 = parts[2].equals("HTTP/1.1");
    keepAlive = http11
        ? !containsToken(connection, "close")
        : containsToken(connection, "keep-alive");
    if ("100-continue".equalsIgnoreCase(first(headers, "expect"))) {
      output.write("HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
      output.flush();
    }
    byte[] body;
    String contentLength = first(headers, "content-length");
    if (containsToken(first(headers, "transfer-encoding"), "chunked")) {
      body = input.readChunked(maxBodyBytes);
    } else if (contentLength != null) {
      long length;
      try {
        length = Long.parseLong(contentLength);
      } catch (NumberFormatException e) {
        throw new HttpProtocolException(400, "invalid Content-Length '" + contentLength + "'");
      }
      body = input.readExactly(length, maxBodyBytes);
    } else {
      body = new byte[0];
    }
    return new IncomingRequest(parts[0], parts[1], headers, body);
  }

  /** Whether the connection stays open for another request once this response is complete. */
  boolean keepAlive() {
    return keepAlive;
  }

  /** A whole response with a {@code Content-Length}. */
  void sendFixed(int status, Map<String, String> headers, byte[] body) throws IOException {
    Map<String, String> all = new LinkedHashMap<>(headers);
    all.put("content-length", Integer.toString(body.length));
    writeHead(status, all);
    output.write(body);
    output.flush();
  }

  /** The head of a chunked response; the body follows through {@link #sendChunk}. */
  void startChunked(int status, Map<String, String> headers) throws IOException {
    Map<String, String> all = new LinkedHashMap<>(headers);
    all.put("transfer-encoding", "chunked");
    writeHead(status, all);
    output.flush();
  }

  /** One chunk, flushed at once so that the client sees it now. */
  void sendChunk(byte[] bytes) throws IOException {
    if (bytes.length == 0) {
      return; // an empty chunk would end the body
    }
    output.write(Integer.toHexString(bytes.length).getBytes(StandardCharsets.ISO_8859_1));
    output.write(CRLF);
    output.write(bytes);
    output.write(CRLF);
    output.flush();
  }

  /** Ends a chunked body cleanly. */
  void finishChunked() throws IOException {
    output.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
    output.flush();
  }

  /** See {@link HttpInput#peerClosedWithin}. */
  boolean peerClosedWithin(Duration duration) throws InterruptedException {
    return input.peerClosedWithin(duration);
  }

  /** Closes the connection normally (a FIN): what a client sees as "no response" if nothing was sent. */
  void close() {
    try {
      socket.close();
    } catch (IOException ignored) {
      // already gone
    }
  }

  /** Drops the connection abruptly: with a zero linger time the close sends a TCP reset. */
  void reset() {
    try {
      socket.setSoLinger(true, 0);
    } catch (IOException ignored) {
      // already gone; the close below is all that is left to do
    }
    close();
  }

  private void writeHead(int status, Map<String, String> headers) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream(512);
    head.writeBytes(("HTTP/1.1 " + status + " " + reason(status) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
    for (Map.Entry<String, String> header : headers.entrySet()) {
      head.writeBytes((header.getKey() + ": " + header.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
    }
    if (!keepAlive) {
      head.writeBytes("connection: close\r\n".getBytes(StandardCharsets.ISO_8859_1));
    }
    head.writeBytes(CRLF);
    head.writeTo(output);
  }

  private static @Nullable String first(Map<String, List<String>> headers, String name) {
    List<String> values = headers.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  private static boolean containsToken(@Nullable String headerValue, String token) {
    if (headerValue == null) {
      return false;
    }
    for (String part : headerValue.split(",")) {
      if (part.trim().equalsIgnoreCase(token)) {
        return true;
      }
    }
    return false;
  }

  static String reason(int status) {
    switch (status) {
      case 200: return "OK";
      case 400: return "Bad Request";
      case 401: return "Unauthorized";
      case 402: return "Payment Required";
      case 403: return "Forbidden";
      case 404: return "Not Found";
      case 405: return "Method Not Allowed";
      case 408: return "Request Timeout";
      case 409: return "Conflict";
      case 413: return "Payload Too Large";
      case 429: return "Too Many Requests";
      case 431: return "Request Header Fields Too Large";
      case 500: return "Internal Server Error";
      case 502: return "Bad Gateway";
      case 503: return "Service Unavailable";
      case 504: return "Gateway Timeout";
      case 529: return "Overloaded";
      default: return "Status " + status;
    }
  }
}
