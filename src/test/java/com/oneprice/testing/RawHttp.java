package com.oneprice.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 spoken by hand over a socket, for what no client library sends: a malformed request, a request line or
 * headers beyond the limits, a body announced and never sent.
 */
public final class RawHttp {

    /** Long enough for any answer on a loaded machine; an answer not given by then is not given at all. */
    private static final int DEADLINE_MILLIS = 10_000;

    private RawHttp() {
    }

    /** The answer to {@code request} (sent as is, ISO-8859-1) as the server wrote it, up to its declared length. */
    public static Answer exchange(URI server, String request) throws IOException {
        try (Socket socket = new Socket(server.getHost(), server.getPort())) {
            socket.setSoTimeout(DEADLINE_MILLIS);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return read(socket.getInputStream());
        }
    }

    private static Answer read(InputStream in) throws IOException {
        ByteArrayOutputStream seen = new ByteArrayOutputStream();
        int headEnd = -1;
        try {
            while (headEnd < 0) {
                int b = in.read();
                if (b < 0) {
                    throw new IOException("the connection closed without an answer: " + seen);
                }
                seen.write(b);
                headEnd = seen.toString(StandardCharsets.ISO_8859_1).indexOf("\r\n\r\n");
            }
        } catch (SocketTimeoutException e) {
            throw new IOException("no answer within " + DEADLINE_MILLIS + " ms; got " + seen, e);
        }
        String[] lines = seen.toString(StandardCharsets.ISO_8859_1).substring(0, headEnd).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                    lines[i].substring(colon + 1).trim());
        }
        int length = Integer.parseInt(headers.getOrDefault("content-length", "0"));
        byte[] body = in.readNBytes(length);
        return new Answer(status, headers, new String(body, StandardCharsets.UTF_8));
    }

    /** Headers by lower-case name. */
    public record Answer(int status, Map<String, String> headers, String body) {
        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }
}
