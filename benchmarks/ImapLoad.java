import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Flags;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load generator for email fetched by IMAP: fills a real IMAP server's mailbox (GreenMail, in this process) with
 * a backlog of emails made from the corpus templates as {@link EmailLoad} makes them (own Message-ID and sender
 * per email, one in three a reply to an earlier one), then creates an email inbox in Frontline that reads that
 * mailbox, and measures until Frontline has stored and flagged \Seen every email (it flags an email only after
 * its transaction committed). The same is done first for a warm-up mailbox (JIT, pools, a non-empty database).
 *
 * After the warm-up it waits for a line on stdin (the script runs ANALYZE and reads the CPU counter meanwhile).
 * Usage (with GreenMail and Jakarta Mail on the class path, see run-imap.sh):
 * java ImapLoad.java <baseUrl> <token> <corpusDir> <warm-up emails> <emails>
 */
public class ImapLoad {

    private static final String PASSWORD = "benchmark-mailbox-password";

    public static void main(String[] args) throws Exception {
        String baseUrl = args[0];
        String token = args[1];
        List<String> templates = EmailLoad.templates(Path.of(args[2])).stream().map(EmailLoad.Template::text).toList();
        int warmUp = Integer.parseInt(args[3]);
        int total = Integer.parseInt(args[4]);

        GreenMail server = new GreenMail(new ServerSetup[] {new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_IMAP),
                new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP)})
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        server.start();
        try {
            Frontline frontline = new Frontline(baseUrl, token, server);
            run("warm-up: ", frontline, server, "warm-up", templates, warmUp);
            System.out.flush();
            new java.io.BufferedReader(new java.io.InputStreamReader(System.in)).readLine(); // the script's go
            run("", frontline, server, "measured", templates, total);
        } finally {
            server.stop();
        }
        System.exit(0);
    }

    private static void run(String label, Frontline frontline, GreenMail server, String name, List<String> templates,
                            int total) throws Exception {
        String address = name + "@bench.test";
        GreenMailUser user = server.setUser(address, name, PASSWORD);
        Session session = Session.getInstance(new Properties());
        String run = Long.toString(System.nanoTime(), 36);
        Random random = new Random(42);
        String[] messageIds = new String[total];
        String[] senders = new String[total];
        int replies = 0;
        long bytes = 0;
        for (int i = 0; i < total; i++) {
            messageIds[i] = "<" + run + "." + i + "@bench.example>";
            senders[i] = "customer-" + run + "-" + i + "@bench.example";
            String inReplyTo = null;
            if (i % 3 == 2) {
                int parent = random.nextInt(i);
                inReplyTo = messageIds[parent];
                senders[i] = senders[parent];
                replies++;
            }
            byte[] raw = EmailLoad.rewrite(templates.get(i % templates.size()), messageIds[i], senders[i], inReplyTo)
                    .getBytes(StandardCharsets.ISO_8859_1);
            bytes += raw.length;
            user.deliver(new MimeMessage(session, new ByteArrayInputStream(raw)));
        }
        var mailbox = server.getManagers().getImapHostManager().getInbox(user);

        long started = System.nanoTime();
        frontline.createEmailInbox(name, user.getLogin());
        long seen = 0;
        long lastProgress = System.nanoTime();
        while (seen < total) {
            Thread.sleep(500); // counting \Seen walks the whole mailbox in the IMAP server: not too often
            long now = mailbox.getMessages().stream().filter(message -> message.isSet(Flags.Flag.SEEN)).count();
            if (now > seen) {
                seen = now;
                lastProgress = System.nanoTime();
            } else if (System.nanoTime() - lastProgress > 60_000_000_000L) {
                throw new IllegalStateException("No progress for 60 s at " + seen + " of " + total + " emails");
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("%semails=%d templates=%d replies=%d avg-size=%d B seconds=%.2f throughput=%.0f emails/s%n",
                label, total, templates.size(), replies, bytes / total, seconds, total / seconds);
    }

    /** The Frontline API calls the benchmark needs. */
    record Frontline(String baseUrl, String token, GreenMail server) {

        private static final HttpClient HTTP = HttpClient.newHttpClient();

        /** Creates an email inbox reading the mailbox by IMAP (and sending by SMTP) from the GreenMail server. */
        void createEmailInbox(String name, String login) throws Exception {
            String created = send("POST", "/api/v1/inboxes", "{\"name\":\"Benchmark " + name + "\",\"channel\":\"EMAIL\"}");
            Matcher id = Pattern.compile("\"id\":\"([^\"]+)\"").matcher(created);
            if (!id.find()) {
                throw new IllegalStateException("No inbox id in " + created);
            }
            String server = "\"host\":\"127.0.0.1\",\"tls\":\"none\",\"username\":\"" + login + "\",\"password\":\""
                    + PASSWORD + "\"";
            send("PATCH", "/api/v1/inboxes/" + id.group(1), "{\"settings\":{\"email\":{\"address\":\"" + name
                    + "@bench.test\",\"imap\":{" + server + ",\"port\":" + server().getImap().getPort() + "},\"smtp\":{"
                    + server + ",\"port\":" + server().getSmtp().getPort() + "}}}}");
        }

        private String send(String method, String path, String json) throws Exception {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": "
                        + response.body());
            }
            return response.body();
        }
    }
}
