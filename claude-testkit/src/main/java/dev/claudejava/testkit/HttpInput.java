package dev.claudejava.testkit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * The buffered reading side of one HTTP/1.1 connection. Its own buffer (rather than a
 * {@code BufferedInputStream}) lets {@link #peerClosedWithin} watch the socket for the client's
 * close while the server waits, without losing a byte the client may already have sent.
 */
final class HttpInput {

  private final Socket socket;
  private final InputStream in;
  private byte[] buffer = new byte[16 * 1024];
  private int position;
  private int limit;

  HttpInput(Socket socket) throws IOException {
    this.socket = socket;
    this.in = socket.getInputStream();
  }

  /**
   * One line without its CRLF (or bare LF), decoded as ISO-8859-1 as HTTP/1.1 heads are; null at a
   * clean end of stream before the first byte of the line.
   */
  @Nullable String readLine(int maxLength) throws IOException {
    StringBuilder line = new StringBuilder();
    while (true) {
      if (position == limit && !fill()) {
        if (line.length() == 0) {
          return null;
        }
        throw new HttpProtocolException(400, "the connection ended in the middle of a header line");
      }
      byte b = buffer[position++];
      if (b == '\n') {
        int end = line.length();
        if (end > 0 && line.charAt(end - 1) == '\r') {
          line.setLength(end - 1);
        }
        return line.toString();
      }
      if (line.length() >= maxLength) {
        throw new HttpProtocolException(431, "a request header line is longer than " + maxLength + " bytes");
      }
      line.append((char) (b & 0xff));
    }
  }

  /** Exactly {@code length} bytes. */
  byte[] readExactly(long length, long maxLength) throws IOException {
    if (length > maxLength) {
      throw new HttpProtocolException(413, "the request body of " + length + " bytes is larger than the "
          + maxLength + " bytes left of the API's request size limit");
    }
    byte[] out = new byte[(int) length];
    int copied = 0;
    while (copied < out.length) {
      if (position == limit && !fill()) {
        throw new HttpProtocolException(400,
            "the connection ended after " + copied + " of " + length + " body bytes");
      }
      int n = Math.min(limit - position, out.length - copied);
      System.arraycopy(buffer, position, out, copied, n);
      position += n;
      copied += n;
    }
    return out;
  }

  /** A body sent with {@code Transfer-Encoding: chunked}, trailers skipped. */
  byte[] readChunked(long maxLength) throws IOException {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    while (true) {
      String sizeLine = readLine(1024);
      if (sizeLine == null) {
        throw new HttpProtocolException(400, "the connection ended inside a chunked body");
      }
      int extension = sizeLine.indexOf(';');
      String hex = (extension >= 0 ? sizeLine.substring(0, extension) : sizeLine).trim();
      long size;
      try {
        size = Long.parseLong(hex, 16);
      } catch (NumberFormatException e) {
        throw new HttpProtocolException(400, "invalid chunk size '" + hex + "'");
      }
      if (size == 0) {
        String trailer;
        do {
          trailer = readLine(8192);
        } while (trailer != null && !trailer.isEmpty());
        return body.toByteArray();
      }
      body.writeBytes(readExactly(size, maxLength - body.size()));
      String end = readLine(2);
      if (end == null || !end.isEmpty()) {
        throw new HttpProtocolException(400, "a chunk is not followed by CRLF");
      }
    }
  }

  /**
   * Waits for {@code duration} while watching the connection; true as soon as the client closes it (or
   * it fails), false when the time is up and the client is still there. Bytes that arrive meanwhile
   * (a pipelined request) are kept for the next read.
   */
  boolean peerClosedWithin(Duration duration) throws InterruptedException {
    long deadline = System.nanoTime() + duration.toNanos();
    try {
      while (true) {
        long remainingMillis = (deadline - System.nanoTime()) / 1_000_000;
        if (remainingMillis <= 0) {
          return false;
        }
        if (position < limit) {
          // data is waiting to be read: a close cannot be seen through it, so just wait
          Thread.sleep(remainingMillis);
          return false;
        }
        socket.setSoTimeout((int) Math.min(remainingMillis, Integer.MAX_VALUE));
        try {
          if (!fill()) {
            return true;
          }
        } catch (SocketTimeoutException timeUp) {
          return false;
        } finally {
          socket.setSoTimeout(0);
        }
      }
    } catch (IOException failed) {
      return true;
    }
  }

  private boolean fill() throws IOException {
    if (position == limit) {
      position = 0;
      limit = 0;
    } else if (limit == buffer.length) {
      if (position > 0) {
        System.arraycopy(buffer, position, buffer, 0, limit - position);
        limit -= position;
        position = 0;
      } else {
        byte[] bigger = new byte[buffer.length * 2];
        System.arraycopy(buffer, 0, bigger, 0, limit);
        buffer = bigger;
      }
    }
    int n = in.read(buffer, limit, buffer.length - limit);
    if (n < 0) {
      return false;
    }
    limit += n;
    return true;
  }
}
