package org.carbonneutral.disclosure.rest;

import io.quarkus.qute.Template;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.carbonneutral.disclosure.service.PublicReading;
import org.carbonneutral.disclosure.web.DeclarationPages;
import org.carbonneutral.disclosure.web.PageText;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** The public reading of published declarations: no login, published versions only (DIS-1, DIS-6). */
@Path("/")
@Tag(name = "Public")
@PermitAll
public class PublicDeclarationResource {

    static final String HTML = "text/html;charset=UTF-8";
    static final int INDEX_LIMIT = 500;

    private final PublicReading reading;
    private final Template declaration;
    private final Template index;

    public PublicDeclarationResource(PublicReading reading, Template declaration, Template index) {
        this.reading = reading;
        this.declaration = declaration;
        this.index = index;
    }

    @GET
    @Path("api/public/declarations/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A published declaration as JSON", description = "The latest version (or ?version=n) with its "
            + "SHA-256 digest over the stored content, its status (PUBLISHED or WITHDRAWN) and the version history. The "
            + "content holds the claim, the summary, the eight numbered disclosure items, the six chapters of the "
            + "management plan, the reminders and the three approvals.")
    @APIResponse(responseCode = "200", description = "The publication")
    @APIResponse(responseCode = "404", description = "Nothing published under this id")
    public Uni<PublicDeclarationView> json(@PathParam("id") UUID id, @QueryParam("version") Integer version) {
        return reading.read(id, version);
    }

    @GET
    @Path("public/declarations/{id}")
    @Produces(HTML)
    @Operation(summary = "A published declaration as a web page", description = "Traditional Chinese or English "
            + "(?lang=zh-TW|en, else Accept-Language), readable on a phone and printable to PDF; a withdrawn declaration "
            + "stays readable, marked WITHDRAWN.")
    @APIResponse(responseCode = "200", description = "The page")
    @APIResponse(responseCode = "404", description = "Nothing published under this id")
    public Uni<RestResponse<String>> page(@PathParam("id") UUID id, @QueryParam("version") Integer version,
            @Parameter(description = "zh-TW or en") @QueryParam("lang") String lang,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        String language = PageText.language(lang, acceptLanguage);
        return reading.read(id, version).map(view -> html(declaration.data("p", DeclarationPages.build(view, language))
                .render(), language));
    }

    @GET
    @Path("api/public/tenants/{tenant}/declarations")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A company's published declarations", description = "Each at its latest version, newest first.")
    @APIResponse(responseCode = "200", description = "The index (empty when nothing is published)")
    public Uni<List<PublicIndexEntry>> indexJson(@PathParam("tenant") String tenant) {
        return reading.index(tenant, INDEX_LIMIT);
    }

    @GET
    @Path("public/tenants/{tenant}")
    @Produces(HTML)
    @Operation(summary = "A company's published declarations as a web page")
    @APIResponse(responseCode = "200", description = "The index page")
    public Uni<RestResponse<String>> indexPage(@PathParam("tenant") String tenant, @QueryParam("lang") String lang,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        String language = PageText.language(lang, acceptLanguage);
        return reading.index(tenant, INDEX_LIMIT).map(entries -> html(index.data("entries", entries)
                .data("tenant", tenant).data("t", PageText.words(language))
                .data("htmlLang", PageText.EN.equals(language) ? "en" : "zh-Hant-TW").render(), language));
    }

    @GET
    @Path("public/tenants/{tenant}/feed.json")
    @Produces("application/feed+json")
    @Operation(summary = "A company's publications and withdrawals as a JSON Feed 1.1", description = "Newest first; "
            + "one item per published version and one per withdrawal.")
    @APIResponse(responseCode = "200", description = "The feed")
    public Uni<Map<String, Object>> feed(@PathParam("tenant") String tenant) {
        return reading.feed(tenant, 100).map(items -> {
            Map<String, Object> feed = new LinkedHashMap<>();
            feed.put("version", "https://jsonfeed.org/version/1.1");
            feed.put("title", "Carbon-neutrality declarations of " + tenant);
            feed.put("home_page_url", "/public/tenants/" + tenant);
            feed.put("feed_url", "/public/tenants/" + tenant + "/feed.json");
            feed.put("items", items);
            return feed;
        });
    }

    private static RestResponse<String> html(String body, String language) {
        return RestResponse.ResponseBuilder.ok(body, HTML).header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .header(HttpHeaders.CONTENT_LANGUAGE, language).build();
    }
}
