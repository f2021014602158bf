package dev.handback.testserver;

import io.grpc.InsecureServerCredentials;
import io.grpc.Server;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.temporal.internal.testservice.GRPCServerHelper;
import io.temporal.internal.testservice.TestServicesStarter;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;

/**
 * Temporal's standalone test server ({@code io.temporal.testserver.TestServer}), bound to the
 * loopback address only, on a port the operating system picks, in real time (no time skipping).
 *
 * <p>{@code TestServer.main(port)} binds every interface and needs a port chosen in advance; this
 * main serves the very same services ({@code TestServicesStarter}) but binds {@code 127.0.0.1:0}
 * and prints {@code LISTENING <port>} once the server accepts calls, so there is no race for a free
 * port. It stops when its standard input closes, so it cannot outlive the test JVM.
 */
public final class LoopbackTestServer {
  /** The line the server prints once it listens, followed by a space and the port. */
  public static final String LISTENING = "LISTENING";

  private LoopbackTestServer() {}

  /** Starts the server; returns when standard input reaches its end. */
  public static void main(String[] args) throws IOException, InterruptedException {
    TestServicesStarter services = new TestServicesStarter(true, 0);
    NettyServerBuilder builder =
        NettyServerBuilder.forAddress(
            new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
            InsecureServerCredentials.create());
    GRPCServerHelper.registerServicesAndHealthChecks(services.getServices(), builder);
    Server server = builder.build().start();
    System.out.println(LISTENING + " " + server.getPort());
    System.out.flush();
    InputStream in = System.in;
    while (in.read() >= 0) {
      // The parent keeps our standard input open while it wants the server.
    }
    server.shutdownNow();
    server.awaitTermination();
    services.close();
  }
}
