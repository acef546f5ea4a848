package dev.claudejava.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small HTTP/1.1 server on the loopback interface: one acceptor thread and one thread per open
 * connection, all daemons. It is written on {@link ServerSocket} rather than the JDK's
 * {@code com.sun.net.httpserver} because a faithful fake must also fail the way a real server does
 * (close without a response, reset mid-body, end a stream early) and must see the client leave, which
 * that server does not allow.
 */
final class LoopbackHttpServer implements AutoCloseable {

  /** What the server does with each request. */
  interface Handler {

    /** Answers one request on its connection; an exception ends the connection. */
    void handle(IncomingRequest request, HttpConnection connection) throws IOException, InterruptedException;

    /** Answers a request that could not be parsed; the connection is closed afterwards. */
    void rejectMalformed(HttpProtocolException problem, HttpConnection connection) throws IOException;
  }

  private final ServerSocket serverSocket;
  private final Handler handler;
  private final long maxBodyBytes;
  private final ExecutorService workers;
  private final Thread acceptor;
  private final Set<Socket> openSockets = ConcurrentHashMap.newKeySet();
  private volatile boolean closed;

  private LoopbackHttpServer(ServerSocket serverSocket, Handler handler, long maxBodyBytes) {
    this.serverSocket = serverSocket;
    this.handler = handler;
    this.maxBodyBytes = maxBodyBytes;
    String prefix = "mock-claude-" + serverSocket.getLocalPort() + "-";
    AtomicInteger count = new AtomicInteger();
    this.workers = Executors.newCachedThreadPool(task -> {
      Thread thread = new Thread(task, prefix + "connection-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
    this.acceptor = new Thread(this::acceptLoop, prefix + "acceptor");
    this.acceptor.setDaemon(true);
  }

  /** Binds 127.0.0.1 on {@code port} (0 for a free one) and starts accepting. */
  static LoopbackHttpServer start(int port, long maxBodyBytes, Handler handler) {
    try {
      ServerSocket socket = new ServerSocket();
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 128);
      LoopbackHttpServer server = new LoopbackHttpServer(socket, handler, maxBodyBytes);
      server.acceptor.start();
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot listen on 127.0.0.1:" + port
          + (port == 0 ? "" : "; pass port 0 to take any free port"), e);
    }
  }

  int port() {
    return serverSocket.getLocalPort();
  }

  boolean isClosed() {
    return closed;
  }

  private void acceptLoop() {
    while (!closed) {
      Socket socket;
      try {
        socket = serverSocket.accept();
      } catch (IOException e) {
        return; // the server socket was closed
      }
      openSockets.add(socket);
      if (closed) {
        closeQuietly(socket);
        return;
      }
      workers.execute(() -> serve(socket));
    }
  }

  private void serve(Socket socket) {
    try {
      socket.setTcpNoDelay(true);
      HttpConnection connection = new HttpConnection(socket);
      while (!closed && !socket.isClosed()) {
        IncomingRequest request;
        try {
          request = connection.readRequest(maxBodyBytes);
        } catch (HttpProtocolException malformed) {
          handler.rejectMalformed(malformed, connection);
          return;
        }
        if (request == null) {
          return;
        }
        handler.handle(request, connection);
        if (!connection.keepAlive()) {
          return;
        }
      }
    } catch (SocketException connectionGone) {
      // the client or close() ended the connection
    } catch (IOException connectionFailed) {
      // nothing more can be said on this connection; the handler has recorded what it needed to
    } catch (InterruptedException stopping) {
      Thread.currentThread().interrupt();
    } finally {
      openSockets.remove(socket);
      closeQuietly(socket);
    }
  }

  /** Stops accepting, closes every connection (ending any response in progress) and the threads. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    closeQuietly(serverSocket);
    for (Socket socket : openSockets) {
      closeQuietly(socket);
    }
    workers.shutdownNow();
    try {
      acceptor.join(TimeUnit.SECONDS.toMillis(5));
      workers.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void closeQuietly(AutoCloseable closeable) {
    try {
      closeable.close();
    } catch (Exception ignored) {
      // closing is best effort: the resource is being abandoned either way
    }
  }
}
