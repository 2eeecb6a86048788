package org.licenselens.testing;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An HTTP server on 127.0.0.1 that records every request it gets, to prove that nothing was fetched. It answers
 * every path with a small valid body, so a fetch that did happen would succeed and could not hide as an error.
 */
public final class LoopbackServer implements AutoCloseable {
    private final HttpServer server;
    private final List<String> requests = new CopyOnWriteArrayList<>();

    public LoopbackServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI());
            byte[] body = "<!ENTITY x \"fetched\">".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    /** Returns {@code http://127.0.0.1:PORT/path}. */
    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + path;
    }

    /** Fetches {@code path} itself, to show the server answers; the request is then forgotten. */
    public void selfCheck() {
        try (InputStream in = URI.create(url("self-check")).toURL().openStream()) {
            in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("the loopback server does not answer", e);
        }
        if (!requests.remove("GET /self-check")) {
            throw new IllegalStateException("the loopback server did not record a request: " + requests);
        }
    }

    /** Returns the requests received so far, as "METHOD /path". */
    public List<String> requests() {
        return List.copyOf(requests);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
