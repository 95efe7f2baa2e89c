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

    /** One of the {@link #representations()} of the view → its bytes. Each can be rendered apart, on its own thread. */
    byte[] render(PublicDeclarationView view, String representation);

    /** Every representation of the view, name → bytes. */
    default Map<String, byte[]> render(PublicDeclarationView view) {
        Map<String, byte[]> out = new LinkedHashMap<>();
        for (String representation : representations()) {
            out.put(representation, render(view, representation));
        }
        return out;
    }
}
