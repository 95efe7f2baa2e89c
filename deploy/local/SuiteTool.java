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
    static final String DISCLOSURE = System.getProperty("disclosure", "http://127.0.0.1:8084");
    static final String INVENTORY = System.getProperty("inventory", "http://127.0.0.1:8081");
    static final String PATHWAY = System.getProperty("pathway", "http://127.0.0.1:8082");
    static final String OFFSETS = System.getProperty("offsets", "http://127.0.0.1:8083");
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
        String payload = b64("{\"iss\":\"" + ISSUER + "\",\"upn\":\"" + user + "\",\"sub\":\"" + user + "\",\"tenant\":\""
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
     * CH4 0.000106, N2O 0.000021 kg/L) with AR5 GWPs = 313.744 t, and category 2 purchased electricity, 2,500,000 kWh ×
     * Taipower's 2024 grid factor 0.474 kgCO2e/kWh = 1,185.000 t; residual 1,498.744 t → 1,499 credits from a MOENV
     * and a Verra block.
     */
    static void sample(Path keys) throws Exception {
        String tenant = "acme";
        String preparer = token(keys, tenant, "preparer", "pat@acme.example");
        String approver = token(keys, tenant, "approver", "ann@acme.example");
        String opened = expect(201, call("POST", DISCLOSURE + "/api/declarations", preparer, """
                {"subjectType":"ORGANISATION","subjectName":"Acme Taiwan Co., Ltd.",
                 "boundary":"Operational control: head office (Taipei) and plant (Taoyuan)",
                 "periodStart":"2025-01-01","periodEnd":"2025-12-31","claimStandard":"ISO_14068_1"}""",
                "Idempotency-Key", "sample-declaration-acme-2025"), "open the sample declaration").body();
        String id = field(opened, "id");
        String publicPath = "/public/declarations/" + id;
        if ("PUBLISHED".equals(field(opened, "status"))) {
            System.out.println(DISCLOSURE + publicPath);
            return;
        }

        expect(200, call("PUT", DISCLOSURE + "/api/declarations/" + id + "/profile", preparer, """
                {"company":{"name":"Acme Taiwan Co., Ltd.","businessNumber":"12345678","address":"No. 1, Sec. 1, Zhongxiao W. Rd., Taipei",
                            "industry":"Electronic components","listed":true,"article21Emitter":false},
                 "processesAndProducts":"Passive components: design in Taipei; sintering, plating and assembly in the Taoyuan plant",
                 "commitment":{"signedBy":"Lin Mei-Hua","title":"Chairperson","date":"2025-01-15",
                               "statement":"Acme Taiwan will be carbon neutral every year from 2025, reduce first, and reach net zero by 2045."},
                 "planOwner":{"name":"Chen Wei","title":"ESG manager","email":"esg@acme.example","phone":"+886-2-1234-5678"},
                 "team":[{"name":"Chen Wei","role":"Plan owner","department":"ESG office"},
                         {"name":"Wang Li","role":"Inventory lead","department":"Plant engineering"},
                         {"name":"Huang Yu","role":"Credits and registries","department":"Finance"}],
                 "outlook":"Rooftop solar on both sites by 2027, electrified kilns by 2030, and a supplier engagement programme for scope 3."}"""),
                "enter the company profile");

        Reply inv = await("the inventory part", 60, () -> call("GET", INVENTORY + "/api/inventories/" + id, preparer, null),
                r -> r.status() == 200);
        if (!"APPROVED".equals(field(inv.body(), "status"))) {
            if ("0".equals(field(inv.body(), "revision"))) {
                inv = expect(200, call("PUT", INVENTORY + "/api/inventories/" + id, preparer, """
                        {"boundaryApproach":"OPERATIONAL_CONTROL","gwpSet":"AR5",
                         "facilities":["Head office (Taipei)","Plant (Taoyuan)"],
                         "verification":{"verified":true,"article21Emitter":false,"body":"SGS Taiwan","accreditation":"TAF",
                                         "assuranceLevel":"REASONABLE","statementDate":"2026-04-30","reference":"GHG-2026-0412"},
                         "sources":[
                          {"name":"Diesel, emergency generators and forklifts","facility":"Plant (Taoyuan)","category":1,
                           "activities":[{"quantity":120,"unit":"kL","evidence":"Fuel invoices 2025",
                             "lookup":{"kind":"STATIONARY_COMBUSTION","activity":"柴油","set":"MOENV-EF","year":2025}}]},
                          {"name":"Purchased electricity","facility":"Plant (Taoyuan)","category":2,"scope2Method":"LOCATION_BASED",
                           "activities":[{"quantity":2500000,"unit":"kWh","evidence":"Taipower bills 2025",
                             "factorIds":["TAIPOWER-GRID:2017-2024:purchased_electricity:電力:CO2E:2024"]}]}]}""",
                        "If-Match", inv.etag()), "enter the inventory");
            }
            expect(200, call("POST", INVENTORY + "/api/inventories/" + id + "/submission", preparer, null), "submit the inventory");
            expect(200, call("POST", INVENTORY + "/api/inventories/" + id + "/approval", approver,
                    "{\"revision\":" + field(inv.body(), "revision") + "}"), "approve the inventory");
        }

        Reply path = await("pathway to see the approved inventory", 60,
                () -> call("GET", PATHWAY + "/api/pathways/" + id, preparer, null),
                r -> r.status() == 200 && field(r.body(), "inventoryRevisionAvailable") != null);
        if (!"APPROVED".equals(field(path.body(), "status"))) {
            if ("0".equals(field(path.body(), "revision"))) {
                path = expect(200, call("PUT", PATHWAY + "/api/pathways/" + id, preparer, """
                        {"baseYear":2020,"baselineTco2e":2100,"shortTermTargetYear":2030,"shortTermTargetTco2e":1218,"netZeroYear":2045,
                         "targetScopes":[1,2],"scienceBasedReference":"SBTI_1_5C","baselineByScope":[{"scope":1,"tco2e":1000},{"scope":2,"tco2e":1100}],
                         "baselineSource":{"citation":"2020 GHG inventory (ISO 14064-1), third-party verified, statement of 2021-05-03"},
                         "timeline":"2025 first carbon-neutral year (ISO 14068-1); yearly declarations; 2030 target; net zero 2045",
                         "expectedCredits":[{"year":2025,"tonnes":1499,"type":"MOENV domestic offset credits and Verra VCUs"}],
                         "measures":[{"name":"Rooftop solar on the Taoyuan plant","type":"ENERGY_SUBSTITUTION","scopes":[2],
                                      "sourcesAffected":["Purchased electricity"],"calculationBasis":"grid electricity displaced, kWh",
                                      "quantificationMethod":"metered solar kWh x Taipower grid factor","monitoringIndicator":"solar kWh/month",
                                      "monitoringFrequency":"monthly","expectedReductionTco2e":190,"status":"IN_PROGRESS","startDate":"2025-04-01"}]}""",
                        "If-Match", path.etag()), "enter the pathway");
            }
            expect(200, call("POST", PATHWAY + "/api/pathways/" + id + "/approval", approver,
                    "{\"revision\":" + field(path.body(), "revision") + "}"), "approve the pathway");
        }

        Reply off = await("offsets to see the approved inventory", 60,
                () -> call("GET", OFFSETS + "/api/offsets/" + id, preparer, null),
                r -> r.status() == 200 && field(r.body(), "inventoryRevisionAvailable") != null);
        if (!"APPROVED".equals(field(off.body(), "status"))) {
            if ("0".equals(field(off.body(), "revision"))) {
                String moenv = "TW-2-1-090000001-090000222-00-00-A0000070";
                String verra = "16543-780010001-780011277-VCS-VCU-263-VER-TW-1-2345-01012023-31122023-0";
                expect(201, call("POST", OFFSETS + "/api/registry-imports?registry=MOENV&source=sample", preparer,
                        """
                        註銷持有名稱,申請時間,註銷之減量額度(公噸),註銷之類型,註銷原因 / 用途,使用額度編碼,使用額度
                        "Acme Taiwan Co., Ltd.",2026-03-15,222,碳中和,Carbon neutrality 2025,%1$s,222
                        """.formatted(moenv), "Content-Type", "text/csv; charset=UTF-8"),
                        "import the sample MOENV retirement record");
                expect(201, call("POST", OFFSETS + "/api/registry-imports?registry=VERRA&source=sample", preparer,
                        """
                        Issuance Date,Vintage Start,Vintage End,ID,Name,Country/Area,Quantity Issued,Serial Number,Retirement/Cancellation Date,Retirement Beneficiary,Retirement Reason,Retirement Details
                        2024-06-03,2023-01-01,2023-12-31,2345,"Rooftop solar aggregation, Taiwan",Taiwan,1277,%1$s,2026-03-16,"Acme Taiwan Co., Ltd.",Environmental Benefit,Carbon neutrality 2025
                        """.formatted(verra), "Content-Type", "text/csv; charset=UTF-8"),
                        "import the sample Verra retirement record");
                off = expect(200, call("PUT", OFFSETS + "/api/offsets/" + id, preparer, """
                        {"retirements":[
                          {"registry":"MOENV","serialNumber":"%1$s","projectName":"Boiler fuel switch to natural gas","quantity":222,
                           "vintageYear":2023,"issuedOn":"2024-05-20","retiredOn":"2026-03-15","beneficiary":"Acme Taiwan Co., Ltd.",
                           "purpose":"Carbon neutrality 2025 (ISO 14068-1)","publicReference":"https://ghgregistry.moenv.gov.tw/"},
                          {"registry":"VERRA","serialNumber":"%2$s","projectName":"Rooftop solar aggregation, Taiwan","quantity":1277,
                           "vintageYear":2023,"issuedOn":"2024-06-03","retiredOn":"2026-03-16","beneficiary":"Acme Taiwan Co., Ltd.",
                           "purpose":"Carbon neutrality 2025 (ISO 14068-1)","publicReference":"https://registry.verra.org/"}],
                         "projects":[
                          {"registry":"MOENV","id":"A0000070","name":"Boiler fuel switch to natural gas","type":"REDUCTION",
                           "moenvProgramme":"OFFSET_PROJECT","methodology":"AMS-III.B v18","location":"Kaohsiung, Taiwan",
                           "developer":"Southern Energy Services Co.","participants":["Kaohsiung Steel Works"],"verificationBody":"SGS Taiwan",
                           "boundaryAndBaseline":{"reference":"https://ghgregistry.moenv.gov.tw/ (project design document)"},
                           "monitoring":{"reference":"https://ghgregistry.moenv.gov.tw/ (monitoring report 2023)"},
                           "additionality":{"reference":"https://ghgregistry.moenv.gov.tw/ (PDD section B.5)"},"reversalRisk":false,
                           "safeguards":{"reference":"https://ghgregistry.moenv.gov.tw/ (environmental impact statement)"},
                           "verification":{"reference":"https://ghgregistry.moenv.gov.tw/ (verification statement 2024)"},
                           "ccpLabel":false,"corsiaEligible":false},
                          {"registry":"VERRA","id":"2345","name":"Rooftop solar aggregation, Taiwan","type":"AVOIDANCE","methodology":"ACM0002",
                           "location":"Taiwan","developer":"Formosa Solar Aggregators","participants":["Formosa Solar Aggregators"],
                           "verificationBody":"TÜV Rheinland Taiwan","boundaryAndBaseline":{"reference":"https://registry.verra.org/ (PD)"},
                           "monitoring":{"reference":"https://registry.verra.org/ (monitoring report 2023)"},
                           "additionality":{"reference":"https://registry.verra.org/ (PD section 3.5)"},"reversalRisk":false,
                           "safeguards":{"reference":"https://registry.verra.org/ (PD section 2)"},
                           "verification":{"reference":"https://registry.verra.org/ (verification report 2024)"},
                           "ccpLabel":true,"corsiaEligible":false}]}"""
                        .formatted(moenv, verra), "If-Match", off.etag()), "enter the offsets");
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
