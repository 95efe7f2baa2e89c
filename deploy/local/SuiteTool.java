import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The local launcher's helper, run as a single source file with only a JDK (no build needed):
 *
 *   java deploy/local/SuiteTool.java keys   KEY_DIR                    generate the RS256 key pair (once)
 *   java deploy/local/SuiteTool.java token  KEY_DIR TENANT ROLE [USER] print a JWT for a tenant and role
 *   java deploy/local/SuiteTool.java ready  URL SECONDS                wait until URL answers 200
 *   java deploy/local/SuiteTool.java sample KEY_DIR                    load and publish the sample declaration
 */
public class SuiteTool {

    static final String ISSUER = "https://carbon-neutrality-suite.local";
    static final String AUDIENCE = "carbon-neutrality-suite";
    static final String DISCLOSURE = System.getProperty("disclosure", "http://127.0.0.1:8084");
    static final String INVENTORY = System.getProperty("inventory", "http://127.0.0.1:8081");
    static final String PATHWAY = System.getProperty("pathway", "http://127.0.0.1:8082");
    static final String OFFSETS = System.getProperty("offsets", "http://127.0.0.1:8083");
    /** The registry simulator (registry-simulator) that offset-service fetches the registries' exports from. */
    static final String REGISTRIES = System.getProperty("registries", "http://127.0.0.1:58090");
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            usage();
        }
        switch (args[0]) {
            case "keys" -> keys(Path.of(args[1]));
            case "token" -> System.out.println(token(Path.of(args[1]), args[2], args[3],
                    args.length > 4 ? args[4] : args[3] + "@" + args[2] + ".example"));
            case "ready" -> ready(args[1], Integer.parseInt(args[2]));
            case "sample" -> sample(Path.of(args[1]));
            default -> usage();
        }
    }

    static void usage() {
        System.err.println("usage: SuiteTool keys DIR | token DIR TENANT ROLE [USER] | ready URL SECONDS | sample DIR");
        System.exit(2);
    }

    // ------------------------------------------------------------------ keys and tokens

    static void keys(Path dir) throws Exception {
        Path priv = dir.resolve("privateKey.pem");
        if (Files.exists(priv)) {
            return;
        }
        Files.createDirectories(dir);
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        Files.writeString(dir.resolve("publicKey.pem"), pem("PUBLIC KEY", pair.getPublic().getEncoded()));
        Files.writeString(priv, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
        System.err.println("generated the JWT signing key pair in " + dir);
    }

    static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    static String token(Path dir, String tenant, String role, String user) throws Exception {
        String body = Files.readString(dir.resolve("privateKey.pem")).replaceAll("-----[A-Z ]+-----", "")
                .replaceAll("\\s", "");
        PrivateKey key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(body)));
        long now = Instant.now().getEpochSecond();
        StringBuilder groups = new StringBuilder();
        for (String r : role.split(",")) {
            groups.append(groups.length() == 0 ? "" : ",").append('"').append(r.trim()).append('"');
        }
        String header = b64("{\"alg\":\"RS256\",\"typ\":\"JWT\"}");
        String payload = b64("{\"iss\":\"" + ISSUER + "\",\"aud\":\"" + AUDIENCE + "\",\"upn\":\"" + user + "\",\"sub\":\"" + user + "\",\"tenant\":\""
                + tenant + "\",\"groups\":[" + groups + "],\"iat\":" + now + ",\"exp\":" + (now + 12 * 3600) + "}");
        Signature signature = Signature.getInstance("SHA256withRSA");
        signature.initSign(key);
        signature.update((header + "." + payload).getBytes(StandardCharsets.US_ASCII));
        return header + "." + payload + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signature.sign());
    }

    static String b64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    // ------------------------------------------------------------------ HTTP

    static void ready(String url, int seconds) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(3)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(300);
        }
        System.err.println(url + " did not answer 200 within " + seconds + " s");
        System.exit(1);
    }

    record Reply(int status, String body, String etag) {
    }

    static Reply call(String method, String url, String token, String body, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json");
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        if (body == null) {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            if (!java.util.Arrays.asList(headers).contains("Content-Type")) {
                b.header("Content-Type", "application/json");
            }
            b.method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        return new Reply(r.statusCode(), r.body(), r.headers().firstValue("ETag").orElse(null));
    }

    static Reply expect(int status, Reply reply, String what) {
        if (reply.status() != status) {
            System.err.println(what + ": expected HTTP " + status + ", got " + reply.status() + ": " + reply.body());
            System.exit(1);
        }
        return reply;
    }

    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*(\"([^\"]*)\"|(-?\\d+)|null)").matcher(json);
        if (!m.find()) {
            return null;
        }
        return m.group(2) != null ? m.group(2) : m.group(3);
    }

    /** The approved revision of {@code part} a part rests on, from its view's {@code basisAvailable}; null while none. */
    static String available(String json, String part) {
        Matcher m = Pattern.compile("\"basisAvailable\"\\s*:\\s*\\{[^}]*\"" + part + "\"\\s*:\\s*(\\d+)").matcher(json);
        return m.find() ? m.group(1) : null;
    }

    static Reply await(String what, int seconds, ThrowingSupplier<Reply> call, java.util.function.Predicate<Reply> until)
            throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        Reply last = null;
        while (System.nanoTime() < deadline) {
            last = call.get();
            if (until.test(last)) {
                return last;
            }
            Thread.sleep(200);
        }
        System.err.println("timed out waiting for " + what + "; last answer: " + (last == null ? "none" : last.status()
                + " " + last.body()));
        System.exit(1);
        return null;
    }

    interface ThrowingSupplier<T> {
        T get() throws Exception;
    }

    // ------------------------------------------------------------------ the sample declaration

    /**
     * Acme Taiwan Co., Ltd., organisation subject, 2025: category 1 diesel, 120 kL × MOENV 6.0.4 factors (CO2 2.6060,
     * CH4 0.000106, N2O 0.000021 kg/L) with AR5 GWPs (CH4 as fossil methane, MOENV 附表四: 30) = 313.769 t, and
     * category 2 purchased electricity, 2,500,000 kWh × Taipower's 2024 grid factor 0.474 kgCO2e/kWh = 1,185.000 t;
     * residual 1,498.769 t → 1,499 credits from a MOENV
     * and a Verra block.
     */
    /** A file of the sample declaration (deploy/local/sample/), the same the system tests take through the suite. */
    static String text(String name) throws IOException {
        return Files.readString(Path.of(System.getProperty("suite.sample", "deploy/local/sample")).resolve(name));
    }

    /**
     * The simulated registry publishes the sample's retirement (its row added to the export it serves, under the same
     * header; the whole sample file when the header differs), then an operator has offset-service fetch the export.
     */
    static void publishAndFetch(String operator, String registry, String sample, String serial) throws Exception {
        URI export = URI.create(REGISTRIES + "/" + registry + "/export.csv");
        HttpResponse<String> served = HTTP.send(HttpRequest.newBuilder(export).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        String body = served.statusCode() == 200 ? served.body() : "";
        if (!body.contains(serial)) {
            String header = sample.substring(0, sample.indexOf('\n') + 1);
            body = !body.startsWith(header) ? sample
                    : body + (body.endsWith("\n") ? "" : "\n") + sample.substring(header.length());
            int status = HTTP.send(HttpRequest.newBuilder(export).timeout(Duration.ofSeconds(10))
                    .PUT(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status != 204) {
                System.err.println("publish the sample " + registry + " retirement at " + export + ": HTTP " + status);
                System.exit(1);
            }
        }
        Reply fetched = call("POST", OFFSETS + "/api/registry-imports/" + registry + "/fetch", operator, null);
        if (fetched.status() != 201 && fetched.status() != 200) {
            expect(201, fetched, "fetch the " + registry + " export with the sample's retirement");
        }
    }

    static void sample(Path keys) throws Exception {
        String tenant = "acme";
        String preparer = token(keys, tenant, "preparer", "pat@acme.example");
        String approver = token(keys, tenant, "approver", "ann@acme.example");
        String opened = expect(201, call("POST", DISCLOSURE + "/api/declarations", preparer, text("declaration.json"),
                "Idempotency-Key", "sample-declaration-acme-2025"), "open the sample declaration").body();
        String id = field(opened, "id");
        String publicPath = "/public/declarations/" + id;
        // the key replays the reply of the first opening, so the declaration's state now is read, not the replay's:
        // a second `up` on the same databases finds the sample published already
        String current = expect(200, call("GET", DISCLOSURE + "/api/declarations/" + id, preparer, null),
                "read the sample declaration").body();
        if ("PUBLISHED".equals(field(current, "status"))) {
            System.out.println(DISCLOSURE + publicPath);
            return;
        }

        expect(200, call("PUT", DISCLOSURE + "/api/declarations/" + id + "/profile", preparer, text("profile.json")),
                "enter the company profile");
        expect(200, call("PUT", DISCLOSURE + "/api/declarations/" + id + "/claim-verification", preparer,
                text("claim-verification.json")), "enter the verification of the claim (DIS-7)");

        Reply inv = await("the inventory part", 60, () -> call("GET", INVENTORY + "/api/inventories/" + id, preparer, null),
                r -> r.status() == 200);
        if (!"APPROVED".equals(field(inv.body(), "status"))) {
            if ("0".equals(field(inv.body(), "revision"))) {
                inv = expect(200, call("PUT", INVENTORY + "/api/inventories/" + id, preparer, text("inventory.json"),
                        "If-Match", inv.etag()), "enter the inventory");
            }
            expect(200, call("POST", INVENTORY + "/api/inventories/" + id + "/submission", preparer, null), "submit the inventory");
            expect(200, call("POST", INVENTORY + "/api/inventories/" + id + "/approval", approver,
                    "{\"revision\":" + field(inv.body(), "revision") + "}"), "approve the inventory");
        }

        Reply path = await("pathway to see the approved inventory", 60,
                () -> call("GET", PATHWAY + "/api/pathways/" + id, preparer, null),
                r -> r.status() == 200 && available(r.body(), "inventory") != null);
        if (!"APPROVED".equals(field(path.body(), "status"))) {
            if ("0".equals(field(path.body(), "revision"))) {
                path = expect(200, call("PUT", PATHWAY + "/api/pathways/" + id, preparer, text("pathway.json"),
                        "If-Match", path.etag()), "enter the pathway");
            }
            expect(200, call("POST", PATHWAY + "/api/pathways/" + id + "/approval", approver,
                    "{\"revision\":" + field(path.body(), "revision") + "}"), "approve the pathway");
        }

        Reply off = await("offsets to see the approved inventory", 60,
                () -> call("GET", OFFSETS + "/api/offsets/" + id, preparer, null),
                r -> r.status() == 200 && available(r.body(), "inventory") != null);
        if (!"APPROVED".equals(field(off.body(), "status"))) {
            if ("0".equals(field(off.body(), "revision"))) {
                String moenv = "TW-2-1-090000001-090000222-00-00-A0000070";
                String verra = "16543-780010001-780011277-VCS-VCU-263-VER-TW-1-2345-01012023-31122023-0";
                String operator = token(keys, "suite", "operator", "ops@suite.local");
                publishAndFetch(operator, "MOENV", text("moenv-retirements.csv").replace("{{MOENV_SERIAL}}", moenv), moenv);
                publishAndFetch(operator, "VERRA", text("verra-transactions.csv").replace("{{VERRA_SERIAL}}", verra), verra);
                off = expect(200, call("PUT", OFFSETS + "/api/offsets/" + id, preparer, text("offsets.json")
                        .replace("{{MOENV_SERIAL}}", moenv).replace("{{VERRA_SERIAL}}", verra), "If-Match", off.etag()),
                        "enter the offsets");
            }
            await("offsets to see the approved pathway", 60,
                    () -> call("GET", OFFSETS + "/api/offsets/" + id + "/basis", preparer, null),
                    r -> r.status() == 200 && field(r.body(), "pathwayRevision") != null);
            expect(200, call("POST", OFFSETS + "/api/offsets/" + id + "/approval", approver,
                    "{\"revision\":" + field(off.body(), "revision") + "}"), "approve the offsets");
        }

        await("publication", 60, () -> call("GET", DISCLOSURE + "/api/public/declarations/" + id, preparer, null),
                r -> r.status() == 200);
        System.out.println(DISCLOSURE + publicPath);
    }
}
