package dev.apiclients.runtime.testing;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import javax.net.ServerSocketFactory;

/**
 * Server sockets whose connections send every write at once (TCP_NODELAY), for MockWebServer. It
 * flushes a response's headers before its body; with Nagle's algorithm the body then waits for the
 * client's delayed ACK, some 40 ms per call on Linux: a load test would take minutes instead of
 * seconds, and a benchmark would measure the ACK timer instead of the client.
 *
 * <pre>{@code
 * server.setServerSocketFactory(new NoDelayServerSockets());
 * }</pre>
 */
public final class NoDelayServerSockets extends ServerSocketFactory {
  @Override
  public ServerSocket createServerSocket() throws IOException {
    return new ServerSocket() {
      @Override
      public Socket accept() throws IOException {
        Socket socket = super.accept();
        socket.setTcpNoDelay(true);
        return socket;
      }
    };
  }

  @Override
  public ServerSocket createServerSocket(int port) {
    throw new UnsupportedOperationException("MockWebServer binds an unbound socket");
  }

  @Override
  public ServerSocket createServerSocket(int port, int backlog) {
    throw new UnsupportedOperationException("MockWebServer binds an unbound socket");
  }

  @Override
  public ServerSocket createServerSocket(int port, int backlog, InetAddress address) {
    throw new UnsupportedOperationException("MockWebServer binds an unbound socket");
  }
}
