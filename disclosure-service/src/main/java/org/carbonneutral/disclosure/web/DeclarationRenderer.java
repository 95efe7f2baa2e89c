package org.carbonneutral.disclosure.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.carbonneutral.disclosure.domain.Publication;
import org.carbonneutral.disclosure.service.PublicDeclarationView;
import org.carbonneutral.disclosure.service.PublicRendering;
import org.carbonneutral.disclosure.service.PublicationRenderer;

/**
 * Renders a published version's public JSON (as the JSON resources write it, with the application's object mapper) and
 * its page in Traditional Chinese and in English.
 */
@ApplicationScoped
public class DeclarationRenderer implements PublicationRenderer {

    private final Template declaration;
    private final ObjectMapper mapper;

    public DeclarationRenderer(Template declaration, ObjectMapper mapper) {
        this.declaration = declaration;
        this.mapper = mapper;
    }

    @Override
    public Map<String, byte[]> render(PublicDeclarationView view) {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try {
            out.put(PublicRendering.JSON, mapper.writeValueAsBytes(view));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        Publication publication = DeclarationPages.publication(view);
        for (String language : new String[] {PageText.ZH, PageText.EN}) {
            out.put(PublicRendering.html(language), page(view, publication, language).getBytes(StandardCharsets.UTF_8));
        }
        return out;
    }

    /** The page of {@code view} in {@code language}, as a string. */
    private String page(PublicDeclarationView view, Publication publication, String language) {
        return declaration.data("p", DeclarationPages.build(view, publication, language)).render();
    }
}
