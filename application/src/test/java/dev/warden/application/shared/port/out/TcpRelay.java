package dev.warden.application.shared.port.out;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP relay of the test's own between an adapter and a shared server, which the test can cut and restore
 * (the server .ci/run starts): the way to take the database or Redis away from one client without touching the
 * machine's server.
 */
public final class TcpRelay implements AutoCloseable {
    private final int targetPort;
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private volatile ServerSocket server;
    private final int port;

    public TcpRelay(int targetPort) throws IOException {
        this.targetPort = targetPort;
        this.port = listen(0);
    }

    public int port() {
        return port;
    }

    /** Drops every connection and refuses new ones. */
    public void cut() throws IOException {
        server.close();
        for (var socket : open) {
            socket.close();
        }
        open.clear();
    }

    public void restore() throws IOException {
        listen(port);
    }

    private int listen(int onPort) throws IOException {
        var socket = new ServerSocket();
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress("127.0.0.1", onPort));
        server = socket;
        Thread.ofVirtual().start(() -> accept(socket));
        return socket.getLocalPort();
    }

    private void accept(ServerSocket listening) {
        while (!listening.isClosed()) {
            try {
                var client = listening.accept();
                var target = new Socket("127.0.0.1", targetPort);
                open.add(client);
                open.add(target);
                Thread.ofVirtual().start(() -> pump(client, target));
                Thread.ofVirtual().start(() -> pump(target, client));
            } catch (IOException e) {
                return; // closed by cut()
            }
        }
    }

    private static void pump(Socket from, Socket to) {
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            in.transferTo(out);
        } catch (IOException e) {
            // one side went away: close both
        } finally {
            try {
                from.close();
                to.close();
            } catch (IOException ignored) {
                // already closed
            }
        }
    }

    @Override
    public void close() throws IOException {
        cut();
    }
}
