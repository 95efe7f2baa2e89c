package org.carbonneutral.disclosure.service;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders a published version's public representations (its JSON and its page in each language) from the view the
 * public reads. Implemented where the pages are made (web); the service stores what it renders.
 */
public interface PublicationRenderer {

    /** The names (as {@link PublicRendering}'s constants) of the representations a version has. */
    List<String> representations();

    /** What a version's representations are rendered from, read once; each can then be rendered on its own thread. */
    @FunctionalInterface
    interface Prepared {

        /** One of the {@link #representations()} → its bytes. */
        byte[] render(String representation);
    }

    /** Reads the view once for all its representations. */
    Prepared prepare(PublicDeclarationView view);

    /** Every representation of the view, name → bytes. */
    default Map<String, byte[]> render(PublicDeclarationView view) {
        Prepared prepared = prepare(view);
        Map<String, byte[]> out = new LinkedHashMap<>();
        for (String representation : representations()) {
            out.put(representation, prepared.render(representation));
        }
        return out;
    }
}
