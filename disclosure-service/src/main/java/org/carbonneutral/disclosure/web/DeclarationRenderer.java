package org.carbonneutral.disclosure.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
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

    private static final String[] LANGUAGES = {PageText.ZH, PageText.EN};
    private static final List<String> REPRESENTATIONS = Stream.concat(Stream.of(PublicRendering.JSON),
            Stream.of(LANGUAGES).map(PublicRendering::html)).toList();

    private final Template declaration;
    private final ObjectMapper mapper;

    public DeclarationRenderer(Template declaration, ObjectMapper mapper) {
        this.declaration = declaration;
        this.mapper = mapper;
    }

    @Override
    public List<String> representations() {
        return REPRESENTATIONS;
    }

    @Override
    public Prepared prepare(PublicDeclarationView view) {
        // the pages' publication is read from the view's content once, for both languages
        Publication publication = DeclarationPages.publication(view);
        return representation -> {
            if (PublicRendering.JSON.equals(representation)) {
                try {
                    return mapper.writeValueAsBytes(view);
                } catch (JsonProcessingException e) {
                    throw new UncheckedIOException(e);
                }
            }
            for (String language : LANGUAGES) {
                if (PublicRendering.html(language).equals(representation)) {
                    return page(view, publication, language).getBytes(StandardCharsets.UTF_8);
                }
            }
            throw new IllegalArgumentException("no representation " + representation);
        };
    }

    /** The page of {@code view} in {@code language}, as a string. */
    private String page(PublicDeclarationView view, Publication publication, String language) {
        return declaration.data("p", DeclarationPages.build(view, publication, language)).render();
    }
}
