package jp.policygen.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.policygen.serve.ServeApp;

/**
 * The browser preview of a changed profile, warm ({@code Bench --only preview}): the page's server started in this
 * JVM on a free port with a copy of the sample prefecture, its profile page opened once, then the form's live check
 * posted as the browser posts it on each change (a different 施行日 each time, so that every answer is of a profile
 * not seen before) and timed from sending to the last byte of the answer — the check's messages and the 対策基準 as
 * HTML. The first requests warm the JVM up (a user's page has answered a few changes before speed matters) and are
 * not counted.
 * The answer's document is in the page's preview frame ({@code srcdoc}, HTML-escaped): its sections are checked there.
 */
final class PreviewBench {
    private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]*)\"");
    /** Changes answered before the timed ones: the JIT has compiled the preview's path by then. */
    static final int WARM_UP = 30;

    private PreviewBench() {
    }

    static void run(Bench.Summary summary, Path work, int requests) throws IOException, InterruptedException {
        Path profiles = work.resolve("serve-profiles");
        Files.createDirectories(profiles);
        Files.copy(Path.of(Bench.FULL_PROFILE), profiles.resolve("ken.yaml"));
        try (ServeApp app = ServeApp.start(0, profiles, work.resolve("serve-output"))) {
            HttpClient client = HttpClient.newHttpClient();
            String page = get(client, app.url() + "p/ken");
            Matcher m = TOKEN.matcher(page);
            if (!m.find()) {
                throw new IOException("the profile page has no token: " + page.substring(0, Math.min(300, page.length())));
            }
            String token = m.group(1);
            var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            for (int i = 0; i < WARM_UP; i++) {
                change(client, app, token, i);
            }
            double[] millis = new double[requests];
            long cpu = os.getProcessCpuTime();
            for (int i = 0; i < requests; i++) {
                long t = System.nanoTime();
                change(client, app, token, WARM_UP + i);
                millis[i] = (System.nanoTime() - t) / 1e6;
            }
            double cpuMillis = (os.getProcessCpuTime() - cpu) / 1e6 / requests;
            summary.addMillis("Preview of a changed profile (serve, the 対策基準 of the sample prefecture), warm, in-process",
                    millis, cpuMillis);
            double[] sorted = millis.clone();
            java.util.Arrays.sort(sorted);
            double median = sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                    : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
            summary.note(String.format(Locale.ROOT, "preview warm: **%.0f ms** median, %.0f ms CPU per change "
                    + "(target ≤ %.0f ms: %s)", median, cpuMillis, Bench.PREVIEW_TARGET_MILLIS,
                    median <= Bench.PREVIEW_TARGET_MILLIS ? "met" : "missed"));
        }
    }

    /** One change of the form: the live check and preview the page asks for, answered whole. */
    private static void change(HttpClient client, ServeApp app, String token, int n) throws IOException, InterruptedException {
        String effective = LocalDate.of(2026, 4, 1).plusDays(n % 300).toString();
        String form = "_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8) + "&_doc=standard"
                + "&policy.effective=" + effective;
        HttpRequest r = HttpRequest.newBuilder(URI.create(app.url() + "p/ken/check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        HttpResponse<String> answer = client.send(r, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (answer.statusCode() != 200 || !answer.body().contains("srcdoc=") || !answer.body().contains("&lt;section")) {
            throw new IOException("the preview did not answer with the document (" + answer.statusCode() + "): "
                    + answer.body().substring(0, Math.min(300, answer.body().length())));
        }
    }

    private static String get(HttpClient client, String url) throws IOException, InterruptedException {
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (r.statusCode() != 200) {
            throw new IOException(url + ": " + r.statusCode());
        }
        return r.body();
    }
}
