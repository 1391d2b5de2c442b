package org.accommodationdesk.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A load balancer as simple as they come, for the cluster test: TCP, no stickiness, each new
 * connection to the next node in turn, skipping a node that refuses the connection (as HAProxy or
 * nginx do with a dead upstream). It passes bytes through unchanged, so the browser's Host header,
 * cookies and redirects are the ones a real deployment behind a balancer sees.
 */
public final class LoadBalancer implements AutoCloseable {
  private final ServerSocket listening;
  private final List<Integer> nodes;
  private final AtomicInteger next = new AtomicInteger();
  private final ExecutorService pipes = Executors.newCachedThreadPool(daemon());

  public LoadBalancer(List<Integer> nodePorts) throws IOException {
    this.nodes = List.copyOf(nodePorts);
    this.listening = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    pipes.execute(this::accept);
  }

  public int port() {
    return listening.getLocalPort();
  }

  private void accept() {
    while (!listening.isClosed()) {
      try {
        Socket client = listening.accept();
        pipes.execute(() -> serve(client));
      } catch (IOException closed) {
        return;
      }
    }
  }

  private void serve(Socket client) {
    Socket node = connectToANode();
    if (node == null) {
      close(client);
      return;
    }
    pipes.execute(() -> pipe(client, node));
    pipe(node, client);
  }

  private Socket connectToANode() {
    int first = Math.floorMod(next.getAndIncrement(), nodes.size());
    for (int i = 0; i < nodes.size(); i++) {
      int port = nodes.get((first + i) % nodes.size());
      Socket s = new Socket();
      try {
        s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1000);
        return s;
      } catch (IOException down) {
        close(s);
      }
    }
    return null;
  }

  /** Copies one direction until it ends, then closes both sides. */
  private static void pipe(Socket from, Socket to) {
    try (InputStream in = from.getInputStream();
        OutputStream out = to.getOutputStream()) {
      byte[] buffer = new byte[16384];
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        out.write(buffer, 0, n);
        out.flush();
      }
    } catch (IOException ended) {
      // a side closed or died: the connection is over
    } finally {
      close(from);
      close(to);
    }
  }

  private static void close(Socket s) {
    try {
      s.close();
    } catch (IOException ignored) {
      // already closed
    }
  }

  private static java.util.concurrent.ThreadFactory daemon() {
    return r -> {
      Thread t = new Thread(r, "load-balancer");
      t.setDaemon(true);
      return t;
    };
  }

  @Override
  public void close() throws IOException {
    listening.close();
    pipes.shutdownNow();
  }
}
