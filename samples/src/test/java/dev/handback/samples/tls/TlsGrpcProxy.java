package dev.handback.samples.tls;

import io.grpc.CallOptions;
import io.grpc.ClientCall;
import io.grpc.Context;
import io.grpc.Grpc;
import io.grpc.HandlerRegistry;
import io.grpc.InsecureChannelCredentials;
import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.Server;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerCredentials;
import io.grpc.ServerMethodDefinition;
import io.grpc.Status;
import io.grpc.TlsServerCredentials;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLSession;

/**
 * A gRPC proxy that terminates TLS in front of a plain-text server, as a cluster's load balancer or
 * Temporal Cloud's front door does: it serves TLS on a loopback port with a server certificate,
 * requires a client certificate signed by a given CA when asked to (mutual TLS), and forwards each
 * call, headers and all, to the upstream server in plain text. It records every call it forwarded
 * with the headers and the client certificate it came with, so a test sees what reached the wire.
 */
public final class TlsGrpcProxy implements AutoCloseable {
  /**
   * A call the proxy forwarded: its full method name, headers, client certificate subject (null
   * without one) and request messages, as bytes on the wire.
   */
  public record ForwardedCall(
      String method, Metadata headers, String clientSubject, List<byte[]> requests) {
    /** The value of the ASCII header {@code name}, or null. */
    public String header(String name) {
      return headers.get(Metadata.Key.of(name, Metadata.ASCII_STRING_MARSHALLER));
    }

    /** The method's name without its service: {@code RespondActivityTaskCompleted}. */
    public String shortMethod() {
      return method.substring(method.lastIndexOf('/') + 1);
    }
  }

  private static final MethodDescriptor.Marshaller<byte[]> BYTES = new BytesMarshaller();

  private final ManagedChannel upstream;
  private final Server server;
  private final List<ForwardedCall> calls = new CopyOnWriteArrayList<>();

  private TlsGrpcProxy(String upstreamTarget, ServerCredentials credentials) throws IOException {
    this.upstream =
        Grpc.newChannelBuilder(upstreamTarget, InsecureChannelCredentials.create()).build();
    ServerCallHandler<byte[], byte[]> forwarder = this::forward;
    this.server =
        NettyServerBuilder.forAddress(
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), credentials)
            .fallbackHandlerRegistry(
                new HandlerRegistry() {
                  @Override
                  public ServerMethodDefinition<?, ?> lookupMethod(
                      String methodName, String authority) {
                    return ServerMethodDefinition.create(bytesMethod(methodName), forwarder);
                  }
                })
            .build()
            .start();
  }

  /**
   * A proxy to {@code upstreamTarget} ({@code host:port}, plain text) serving TLS with {@code
   * server}, that asks for no client certificate: TLS as Temporal Cloud serves it to API keys.
   */
  public static TlsGrpcProxy serverTls(String upstreamTarget, TestCertificates.KeyPair server)
      throws IOException {
    return new TlsGrpcProxy(
        upstreamTarget,
        TlsServerCredentials.newBuilder()
            .keyManager(server.certificate().toFile(), server.key().toFile())
            .build());
  }

  /**
   * A proxy to {@code upstreamTarget} serving TLS with {@code server} that refuses every client
   * without a certificate signed by the CA in {@code clientCa}: mutual TLS.
   */
  public static TlsGrpcProxy mutualTls(
      String upstreamTarget, TestCertificates.KeyPair server, Path clientCa) throws IOException {
    return new TlsGrpcProxy(
        upstreamTarget,
        TlsServerCredentials.newBuilder()
            .keyManager(server.certificate().toFile(), server.key().toFile())
            .trustManager(clientCa.toFile())
            .clientAuth(TlsServerCredentials.ClientAuth.REQUIRE)
            .build());
  }

  /** {@code 127.0.0.1:<port>}, an address the server certificate names. */
  public String target() {
    return "127.0.0.1:" + server.getPort();
  }

  /** Every call forwarded so far, in the order they arrived. */
  public List<ForwardedCall> calls() {
    return List.copyOf(calls);
  }

  @Override
  public void close() {
    server.shutdownNow();
    upstream.shutdownNow();
    try {
      server.awaitTermination(10, TimeUnit.SECONDS);
      upstream.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private ServerCall.Listener<byte[]> forward(
      ServerCall<byte[], byte[]> serverCall, Metadata headers) {
    List<byte[]> requests = new CopyOnWriteArrayList<>();
    calls.add(
        new ForwardedCall(
            serverCall.getMethodDescriptor().getFullMethodName(),
            copyOf(headers),
            clientSubject(serverCall),
            requests));
    ClientCall<byte[], byte[]> clientCall =
        upstream.newCall(
            serverCall.getMethodDescriptor(),
            CallOptions.DEFAULT.withDeadline(Context.current().getDeadline()));
    clientCall.start(
        new ClientCall.Listener<>() {
          @Override
          public void onHeaders(Metadata responseHeaders) {
            serverCall.sendHeaders(responseHeaders);
          }

          @Override
          public void onMessage(byte[] message) {
            serverCall.sendMessage(message);
            clientCall.request(1);
          }

          @Override
          public void onClose(Status status, Metadata trailers) {
            serverCall.close(status, trailers);
          }
        },
        headers);
    clientCall.request(1);
    serverCall.request(1);
    return new ServerCall.Listener<>() {
      @Override
      public void onMessage(byte[] message) {
        requests.add(message);
        clientCall.sendMessage(message);
        serverCall.request(1);
      }

      @Override
      public void onHalfClose() {
        clientCall.halfClose();
      }

      @Override
      public void onCancel() {
        clientCall.cancel("the caller cancelled the call", null);
      }
    };
  }

  private static Metadata copyOf(Metadata headers) {
    Metadata copy = new Metadata();
    copy.merge(headers);
    return copy;
  }

  private static String clientSubject(ServerCall<?, ?> call) {
    SSLSession session = call.getAttributes().get(Grpc.TRANSPORT_ATTR_SSL_SESSION);
    if (session == null) {
      return null;
    }
    try {
      Certificate[] chain = session.getPeerCertificates();
      return ((X509Certificate) chain[0]).getSubjectX500Principal().getName();
    } catch (SSLPeerUnverifiedException e) {
      return null; // no client certificate
    }
  }

  private static MethodDescriptor<byte[], byte[]> bytesMethod(String fullMethodName) {
    return MethodDescriptor.<byte[], byte[]>newBuilder()
        .setType(MethodDescriptor.MethodType.UNKNOWN)
        .setFullMethodName(fullMethodName)
        .setRequestMarshaller(BYTES)
        .setResponseMarshaller(BYTES)
        .build();
  }

  /** Messages as the bytes they are on the wire: the proxy forwards them without reading them. */
  private static final class BytesMarshaller implements MethodDescriptor.Marshaller<byte[]> {
    @Override
    public InputStream stream(byte[] value) {
      return new ByteArrayInputStream(value);
    }

    @Override
    public byte[] parse(InputStream stream) {
      try {
        return stream.readAllBytes();
      } catch (IOException e) {
        throw Status.INTERNAL
            .withDescription("cannot read a message")
            .withCause(e)
            .asRuntimeException();
      }
    }
  }
}
