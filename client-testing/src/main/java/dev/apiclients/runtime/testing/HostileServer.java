package dev.apiclients.runtime.testing;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import okio.Buffer;

/**
 * An HTTP server for bodies MockWebServer cannot serve because it holds each body in memory: one
 * that never ends, or 1 GiB of it. Each request gets the answer of its path's first segment ({@code
 * /endless-200/orders/7} → {@code endless-200}), on a connection of its own; an answer is written
 * until it ends or the client hangs up.
 *
 * <pre>{@code
 * try (HostileServer server = HostileServer.start(Map.of("endless-200", HostileServer.endless(200)))) {
 *   CyclisClient.builder().baseUrl(server.url("endless-200"))...
 * }
 * }</pre>
 */
public final class HostileServer implements Closeable {
  /** What a JSON body of spaces starts with: an object whose first member is an unclosed string. */
  public static final String OPENING = "{\"padding\":\"";

  private final ServerSocket socket;
  private final Map<String, Answer> answers;
  private final ExecutorService connections = Executors.newCachedThreadPool(runnable -> {
    Thread thread = new Thread(runnable, "HostileServer");
    thread.setDaemon(true);
    return thread;
  });

  /** Writes a whole HTTP response, status line first, to a client's connection. */
  public interface Answer {
    void writeTo(OutputStream out) throws IOException;
  }

  private HostileServer(ServerSocket socket, Map<String, Answer> answers) {
    this.socket = socket;
    this.answers = answers;
  }

  /** Starts a server on loopback that answers each route (a first path segment) as given. */
  public static HostileServer start(Map<String, Answer> answers) {
    try {
      HostileServer server = new HostileServer(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()), answers);
      server.connections.execute(server::accept);
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException("HostileServer did not start", e);
    }
  }

  /** The base URL of {@code route}, ending in a slash, on 127.0.0.1 (which the builders accept over http). */
  public String url(String route) {
    return "http://127.0.0.1:" + socket.getLocalPort() + "/" + route + "/";
  }

  /** A chunked JSON body that never ends: {@link #OPENING}, then spaces for as long as they are read. */
  public static Answer endless(int status) {
    return out -> {
      out.write(head(status, "Transfer-Encoding: chunked"));
      out.write(chunk(OPENING.getBytes(StandardCharsets.UTF_8)));
      byte[] spaces = chunk(spaces(64 * 1024));
      while (true) {
        out.write(spaces);
      }
    };
  }

  /** A JSON body of {@code bytes} bytes with that Content-Length: {@link #OPENING}, then spaces. */
  public static Answer sized(int status, long bytes) {
    return out -> {
      out.write(head(status, "Content-Length: " + bytes));
      byte[] opening = OPENING.getBytes(StandardCharsets.UTF_8);
      out.write(opening);
      byte[] spaces = spaces(64 * 1024);
      for (long left = bytes - opening.length; left > 0; left -= spaces.length) {
        out.write(spaces, 0, (int) Math.min(left, spaces.length));
      }
    };
  }

  /** {@link GzipBomb}: {@link #OPENING} and spaces, {@code inflatedBytes} in all, sent gzipped. */
  public static Answer gzipBomb(int status, long inflatedBytes) {
    byte[] gzip = GzipBomb.of(OPENING, inflatedBytes).readByteArray();
    return out -> {
      out.write(head(status, "Content-Encoding: gzip\r\nContent-Length: " + gzip.length));
      out.write(gzip);
    };
  }

  private void accept() {
    while (!socket.isClosed()) {
      try {
        Socket connection = socket.accept();
        connections.execute(() -> answer(connection));
      } catch (IOException closed) {
        return;
      }
    }
  }

  private void answer(Socket connection) {
    try (Socket open = connection) {
      BufferedReader request = new BufferedReader(
          new InputStreamReader(open.getInputStream(), StandardCharsets.ISO_8859_1));
      String requestLine = request.readLine();
      if (requestLine == null) {
        return; // Connected and gone without a request.
      }
      String path = requestLine.split(" ")[1];
      for (String line = request.readLine(); line != null && !line.isEmpty(); line = request.readLine()) {
        // The headers say nothing the answer depends on; a request body is left unread.
      }
      String route = path.split("/")[1];
      Answer answer = answers.get(route);
      OutputStream out = open.getOutputStream();
      if (answer == null) {
        out.write(head(404, "Content-Length: 0"));
      } else {
        answer.writeTo(out);
      }
      out.flush();
    } catch (IOException clientHungUp) {
      // What a client that stops reading does; the answer has done its job.
    }
  }

  private static byte[] head(int status, String framing) {
    return ("HTTP/1.1 " + status + " Hostile\r\nContent-Type: application/json\r\nConnection: close\r\n"
        + framing + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
  }

  private static byte[] chunk(byte[] data) {
    return new Buffer().writeUtf8(Integer.toHexString(data.length)).writeUtf8("\r\n")
        .write(data).writeUtf8("\r\n").readByteArray();
  }

  private static byte[] spaces(int count) {
    byte[] spaces = new byte[count];
    Arrays.fill(spaces, (byte) ' ');
    return spaces;
  }

  @Override
  public void close() {
    try {
      socket.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      connections.shutdownNow();
    }
  }
}
