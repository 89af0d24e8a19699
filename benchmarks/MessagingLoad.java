import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Load generator for the SMS, WhatsApp and Messenger webhooks: configures the inbox with known credentials (PATCH
 * /api/v1/inboxes/{id}), then posts signed provider webhooks with bounded concurrency, each message from its own
 * number with its own provider id (so each creates a contact and a conversation, the heavier path), one in four
 * a duplicate delivery of an earlier message (which must be answered without storing it again). The webhooks go out
 * over one keep-alive connection per concurrent request, as prepared bytes on a plain socket.
 * sms: Twilio's form-encoded message webhook with X-Twilio-Signature; voice: Twilio's voice webhook of a ringing call
 * (signed the same way; each call creates a contact, a conversation and a call, and is answered with TwiML); whatsapp: a Cloud API notification with
 * X-Hub-Signature-256; messenger: a page notification (object: page, entry[].messaging[]) signed the same way.
 *
 * With {@code messagesPerCustomer} above 1 (default 1), the messages come from messages / messagesPerCustomer customers
 * in turn, so each customer writes that many times spread over the run: the first message of each starts a conversation,
 * the others continue it (the usual case for a contact center).
 *
 * Usage: java MessagingLoad.java <baseUrl> <token> <inboxId> <sms|voice|whatsapp|messenger> <messages> <concurrency> [messagesPerCustomer]
 */
public class MessagingLoad {

    private static final String SECRET = "benchmark-secret";

    public static void main(String[] args) throws Exception {
        String baseUrl = args[0];
        String token = args[1];
        String inbox = args[2];
        String provider = args[3];
        boolean sms = provider.equals("sms");
        boolean voice = provider.equals("voice");
        int total = Integer.parseInt(args[4]);
        int concurrency = Integer.parseInt(args[5]);
        int messagesPerCustomer = args.length > 6 ? Math.max(1, Integer.parseInt(args[6])) : 1;
        int customers = Math.max(1, total / messagesPerCustomer);
        String run = Long.toString(System.currentTimeMillis() % 1_000_000);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

        // Messenger: profile names come from an address that refuses at once (no Graph API in a benchmark).
        String settings = sms
                ? "{\"settings\":{\"sms\":{\"accountSid\":\"ACbench\",\"authToken\":\"" + SECRET + "\",\"from\":\"+15550100100\"}}}"
                : voice
                ? "{\"settings\":{\"voice\":{\"accountSid\":\"ACbench\",\"authToken\":\"" + SECRET + "\",\"from\":\"+15550100100\"}}}"
                : provider.equals("messenger")
                ? "{\"settings\":{\"messenger\":{\"pageId\":\"2001\",\"pageAccessToken\":\"bench\",\"appSecret\":\"" + SECRET
                        + "\",\"apiBaseUrl\":\"http://127.0.0.1:9\"}}}"
                : "{\"settings\":{\"whatsapp\":{\"phoneNumberId\":\"1065\",\"accessToken\":\"bench\",\"appSecret\":\"" + SECRET
                        + "\",\"verifyToken\":\"bench\"}}}";
        HttpResponse<String> configured = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/inboxes/" + inbox))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(settings)).build(), HttpResponse.BodyHandlers.ofString());
        if (configured.statusCode() != 200) {
            throw new IllegalStateException("configuring the inbox: " + configured.statusCode() + " " + configured.body());
        }

        URI url = URI.create(baseUrl + "/webhooks/" + provider + "/" + inbox);
        // Built and signed before the clock starts: the run measures the server, not the client's HMACs.
        byte[][] requests = new byte[total][];
        for (int i = 0; i < total; i++) {
            // Every fourth message is the provider delivering the previous one again.
            int message = i % 4 == 3 ? i - 1 : i;
            String number = String.format("4917%s%05d", run.substring(0, Math.min(4, run.length())), (message % customers) % 100_000);
            String id = (sms ? "SM" : voice ? "CA" : provider.equals("messenger") ? "m_" : "wamid.") + run + "-" + message;
            requests[i] = sms ? twilio(url, id, "+" + number)
                    : voice ? twilioCall(url, id, "+" + number)
                    : provider.equals("messenger") ? messenger(url, id, number) : meta(url, id, number);
        }

        // One keep-alive connection per concurrent request, each sending its next request when the answer is in:
        // plain blocking sockets, so the generator costs the shared cores little next to a general HTTP client.
        AtomicInteger next = new AtomicInteger();
        long[] latencies = new long[total];
        int[] statuses = new int[total];
        long started = System.nanoTime();
        List<Thread> connections = new ArrayList<>();
        for (int c = 0; c < concurrency; c++) {
            connections.add(Thread.ofPlatform().start(() -> {
                Connection connection = null;
                for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
                    long sent = System.nanoTime();
                    try {
                        if (connection == null) {
                            connection = new Connection(url);
                        }
                        statuses[i] = connection.exchange(requests[i]);
                        if (connection.closedByServer) {
                            connection.close();
                            connection = null;
                        }
                    } catch (IOException e) {
                        statuses[i] = -1;
                        if (connection != null) {
                            connection.close();
                        }
                        connection = null;
                    }
                    latencies[i] = System.nanoTime() - sent;
                }
                if (connection != null) {
                    connection.close();
                }
            }));
        }
        for (Thread connection : connections) {
            connection.join();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        Map<String, Integer> outcomes = new TreeMap<>();
        int failures = 0;
        for (int status : statuses) {
            outcomes.merge(status < 0 ? "IOException" : String.valueOf(status), 1, Integer::sum);
            failures += status == 200 ? 0 : 1;
        }
        long[] sorted = latencies.clone();
        Arrays.sort(sorted);
        System.out.printf("provider=%s webhooks=%d (a quarter duplicates) customers=%d concurrency=%d failed=%d seconds=%.2f throughput=%.0f webhooks/s%n",
                args[3], total, customers, concurrency, failures, seconds, total / seconds);
        System.out.printf("outcomes: %s%n", outcomes);
        System.out.printf("request latency ms: p50=%.1f p95=%.1f p99=%.1f max=%.1f%n", percentile(sorted, 50),
                percentile(sorted, 95), percentile(sorted, 99), sorted[sorted.length - 1] / 1e6);
        System.exit(failures == 0 ? 0 : 1);
    }

    /** An HTTP/1.1 keep-alive connection that sends a prepared request and reads the status and body of the answer. */
    static final class Connection {
        private final Socket socket;
        private final OutputStream out;
        private final InputStream in;
        boolean closedByServer;

        Connection(URI url) throws IOException {
            socket = new Socket(url.getHost(), url.getPort());
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(30_000);
            out = socket.getOutputStream();
            in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
        }

        int exchange(byte[] request) throws IOException {
            out.write(request);
            out.flush();
            String statusLine = line();
            int status = Integer.parseInt(statusLine.substring(9, 12));
            long length = 0;
            boolean chunked = false;
            for (String header = line(); !header.isEmpty(); header = line()) {
                String lower = header.toLowerCase(Locale.ROOT);
                if (lower.startsWith("content-length:")) {
                    length = Long.parseLong(lower.substring(15).trim());
                } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                    chunked = true;
                } else if (lower.startsWith("connection:") && lower.contains("close")) {
                    closedByServer = true;
                }
            }
            if (chunked) {
                for (long size = chunkSize(); size > 0; size = chunkSize()) {
                    skip(size);
                    line();
                }
                while (!line().isEmpty()) {
                    // trailers
                }
            } else {
                skip(length);
            }
            return status;
        }

        /** The size line of the next chunk, without its extensions. */
        private long chunkSize() throws IOException {
            return Long.parseLong(line().split(";")[0].trim(), 16);
        }

        private String line() throws IOException {
            StringBuilder line = new StringBuilder();
            for (int b = in.read(); b != '\n'; b = in.read()) {
                if (b < 0) {
                    throw new EOFException("connection closed by the server");
                }
                if (b != '\r') {
                    line.append((char) b);
                }
            }
            return line.toString();
        }

        private void skip(long bytes) throws IOException {
            in.skipNBytes(bytes);
        }

        void close() {
            try {
                socket.close();
            } catch (IOException ignored) {
                // the connection is dropped either way
            }
        }
    }

    /** The request as it goes over the wire. */
    static byte[] request(URI url, String contentType, Map<String, String> headers, byte[] body) {
        StringBuilder head = new StringBuilder("POST ").append(url.getRawPath()).append(" HTTP/1.1\r\n")
                .append("Host: ").append(url.getHost()).append(':').append(url.getPort()).append("\r\n")
                .append("Content-Type: ").append(contentType).append("\r\n")
                .append("Content-Length: ").append(body.length).append("\r\n");
        headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        byte[] headBytes = head.append("\r\n").toString().getBytes(StandardCharsets.UTF_8);
        byte[] request = Arrays.copyOf(headBytes, headBytes.length + body.length);
        System.arraycopy(body, 0, request, headBytes.length, body.length);
        return request;
    }

    static byte[] twilio(URI url, String sid, String from) throws Exception {
        return twilioForm(url, new TreeMap<>(Map.of("MessageSid", sid, "AccountSid", "ACbench", "From", from,
                "To", "+15550100100", "Body", "Where is my parcel? " + sid, "NumMedia", "0")));
    }

    /** Twilio's voice webhook for a call ringing at the inbox's number (answered with the greeting's TwiML). */
    static byte[] twilioCall(URI url, String sid, String from) throws Exception {
        return twilioForm(url, new TreeMap<>(Map.of("CallSid", sid, "AccountSid", "ACbench", "From", from,
                "To", "+15550100100", "CallStatus", "ringing", "Direction", "inbound", "ApiVersion", "2010-04-01")));
    }

    /** Form-encoded, with X-Twilio-Signature over the URL and the sorted parameters. */
    static byte[] twilioForm(URI url, TreeMap<String, String> form) throws Exception {
        StringBuilder signed = new StringBuilder(url.toString());
        form.forEach((name, value) -> signed.append(name).append(value));
        Mac mac = Mac.getInstance("HmacSHA1");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
        String signature = Base64.getEncoder().encodeToString(mac.doFinal(signed.toString().getBytes(StandardCharsets.UTF_8)));
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return request(url, "application/x-www-form-urlencoded", Map.of("X-Twilio-Signature", signature),
                body.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] messenger(URI url, String mid, String psid) throws Exception {
        long now = System.currentTimeMillis();
        return signed(url, ("{\"object\":\"page\",\"entry\":[{\"id\":\"2001\",\"time\":%d,\"messaging\":[{\"sender\":{\"id\":\"%s\"},"
                + "\"recipient\":{\"id\":\"2001\"},\"timestamp\":%d,\"message\":{\"mid\":\"%s\",\"text\":\"Where is my parcel? %s\"}}]}]}")
                .formatted(now, psid, now, mid, mid));
    }

    static byte[] meta(URI url, String id, String from) throws Exception {
        String body = ("{\"object\":\"whatsapp_business_account\",\"entry\":[{\"id\":\"1\",\"changes\":[{\"field\":\"messages\","
                + "\"value\":{\"messaging_product\":\"whatsapp\",\"metadata\":{\"display_phone_number\":\"15550100100\","
                + "\"phone_number_id\":\"1065\"},\"contacts\":[{\"profile\":{\"name\":\"Customer %s\"},\"wa_id\":\"%s\"}],"
                + "\"messages\":[{\"from\":\"%s\",\"id\":\"%s\",\"timestamp\":\"%d\",\"type\":\"text\","
                + "\"text\":{\"body\":\"Where is my parcel? %s\"}}]}}]}]}")
                .formatted(from, from, from, id, Instant.now().getEpochSecond(), id);
        return signed(url, body);
    }

    /** Meta's X-Hub-Signature-256 over the body, as WhatsApp, Messenger and Instagram webhooks carry it. */
    static byte[] signed(URI url, String body) throws Exception {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return request(url, "application/json",
                Map.of("X-Hub-Signature-256", "sha256=" + HexFormat.of().formatHex(mac.doFinal(bytes))), bytes);
    }

    static double percentile(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100 * sorted.length) - 1)] / 1e6;
    }
}
