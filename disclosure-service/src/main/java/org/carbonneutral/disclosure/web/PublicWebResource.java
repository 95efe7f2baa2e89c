package org.carbonneutral.disclosure.web;

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
import java.util.Map;
import java.util.UUID;
import org.carbonneutral.disclosure.service.PublicDeclarationService;
import org.carbonneutral.disclosure.service.PublicRendering;
import org.carbonneutral.disclosure.service.PublicRenderings;
import org.carbonneutral.disclosure.service.StoredResponses;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The public web of published declarations: no login, published versions only (DIS-1, DIS-6). A declaration's page and
 * a company's index in Traditional Chinese or English, and a company's feed of publications and withdrawals.
 */
@Path("/public")
@Tag(name = "Public", description = "Published declarations, read without a token: JSON, web pages and a company's feed")
@PermitAll
public class PublicWebResource {

    static final String HTML = "text/html;charset=UTF-8";

    private final PublicDeclarationService service;
    private final PublicRenderings renderings;
    private final Template index;

    public PublicWebResource(PublicDeclarationService service, PublicRenderings renderings, Template index) {
        this.service = service;
        this.renderings = renderings;
        this.index = index;
    }

    @GET
    @Path("declarations/{id}")
    @Produces(HTML)
    @Operation(operationId = "getPublishedDeclarationPage",
            summary = "A published declaration as a web page", description = "Traditional Chinese or English "
            + "(?lang=zh-TW|en, else Accept-Language), readable on a phone and printable to PDF; a withdrawn declaration "
            + "stays readable, marked WITHDRAWN.")
    @APIResponse(responseCode = "200", description = "The page (gzip when Accept-Encoding allows it; ETag: the SHA-256 "
            + "of the bytes sent; a version's URL is cached five minutes, the latest one minute)",
            content = @Content(mediaType = HTML, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "304", description = "If-None-Match names the current ETag")
    @APIResponse(responseCode = "404", description = "Nothing published under this id")
    public Uni<RestResponse<byte[]>> page(@PathParam("id") UUID id, @QueryParam("version") Integer version,
            @Parameter(description = "zh-TW or en") @QueryParam("lang") String lang,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch,
            @HeaderParam(HttpHeaders.ACCEPT_ENCODING) String acceptEncoding) {
        String language = PageText.language(lang, acceptLanguage);
        return renderings.read(id, version, PublicRendering.html(language)).map(r -> StoredResponses.respond(r, HTML,
                version != null, ifNoneMatch, acceptEncoding, HttpHeaders.ACCEPT_LANGUAGE + ", "
                        + HttpHeaders.ACCEPT_ENCODING, language));
    }

    @GET
    @Path("tenants/{tenant}")
    @Produces(HTML)
    @Operation(operationId = "getTenantPage", summary = "A company's published declarations as a web page",
            description = "Each published declaration of the company at its latest version, newest first, in "
            + "Traditional Chinese or English (?lang=, else Accept-Language).")
    @APIResponse(responseCode = "200", description = "The index page")
    public Uni<RestResponse<String>> indexPage(@PathParam("tenant") String tenant, @QueryParam("lang") String lang,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        String language = PageText.language(lang, acceptLanguage);
        return service.index(tenant).map(entries -> html(index.data("entries", entries)
                .data("tenant", tenant).data("t", PageText.of(language))
                .data("htmlLang", PageText.EN.equals(language) ? "en" : "zh-Hant-TW").render(), language));
    }

    @GET
    @Path("tenants/{tenant}/feed.json")
    @Produces({"application/feed+json", MediaType.APPLICATION_JSON})
    @Operation(operationId = "getTenantFeed",
            summary = "A company's publications and withdrawals as a JSON Feed 1.1", description = "Newest first; "
            + "one item per published version and one per withdrawal. Served as application/feed+json, or as "
            + "application/json to a client that asks for that (Accept).")
    @APIResponse(responseCode = "200", description = "The feed")
    public Uni<Map<String, Object>> feed(@PathParam("tenant") String tenant) {
        return service.feed(tenant).map(items -> {
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
