package com.oneprice.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP relay between the service and its PostgreSQL, so that a test can take the database away as a network outage
 * does and bring it back, while the server and its data stay as they were: {@link #cut()} resets every connection and
 * refuses new ones, {@link #restore()} accepts them again on the same port.
 */
public final class DatabaseProxy implements AutoCloseable {

    private static final int FIRST_PORT = 20_000;
    private static final int LAST_PORT = 32_000;
    private static final Random RANDOM = new Random();

    private final int target;
    private final int port;
    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
    private volatile ServerSocket listener;

    public DatabaseProxy(int target) throws IOException {
        this.target = target;
        this.listener = listenOnFreePort();
        this.port = listener.getLocalPort();
        accept(listener);
    }

    public int port() {
        return port;
    }

    /** Connections reset, new ones refused. */
    public synchronized void cut() throws IOException {
        if (listener != null) {
            listener.close();
            listener = null;
        }
        for (Socket socket : sockets) {
            socket.close();
        }
        sockets.clear();
    }

    /** Connections accepted again, on the same port. */
    public synchronized void restore() throws IOException {
        if (listener == null) {
            listener = listen(port);
            accept(listener);
        }
    }

    public boolean isCut() {
        return listener == null;
    }

    @Override
    public void close() throws IOException {
        cut();
    }

    /**
     * A free port below Linux's ephemeral range (32768 and up): while the relay is cut, no outgoing connection on the
     * machine can be given this port, so {@link #restore()} finds it free again. Port 0 would pick an ephemeral one.
     */
    private static ServerSocket listenOnFreePort() throws IOException {
        IOException last = null;
        for (int attempt = 0; attempt < 100; attempt++) {
            try {
                return listen(FIRST_PORT + RANDOM.nextInt(LAST_PORT - FIRST_PORT));
            } catch (IOException taken) {
                last = taken;
            }
        }
        throw last;
    }

    private static ServerSocket listen(int port) throws IOException {
        ServerSocket socket = new ServerSocket();
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        return socket;
    }

    private void accept(ServerSocket server) {
        Thread acceptor = new Thread(() -> {
            while (!server.isClosed()) {
                try {
                    Socket client = server.accept();
                    Socket database = new Socket(InetAddress.getLoopbackAddress(), target);
                    synchronized (this) {
                        if (listener != server) {
                            client.close();
                            database.close();
                            continue;
                        }
                        sockets.add(client);
                        sockets.add(database);
                    }
                    pump(client, database);
                    pump(database, client);
                } catch (IOException e) {
                    // the listener was closed by cut(), or the database refused: the client sees its connection end
                }
            }
        }, "database-proxy-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    private void pump(Socket from, Socket to) {
        Thread pump = new Thread(() -> {
            byte[] buffer = new byte[16 * 1024];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException e) {
                // one side closed or was cut
            } finally {
                closeQuietly(from);
                closeQuietly(to);
            }
        }, "database-proxy-pump");
        pump.setDaemon(true);
        pump.start();
    }

    private void closeQuietly(Socket socket) {
        sockets.remove(socket);
        try {
            socket.close();
        } catch (IOException e) {
            // already closed
        }
    }
}
