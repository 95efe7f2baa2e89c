package org.carbonneutral.disclosure.service;

import java.util.Map;

/**
 * Renders a published version's public representations (its JSON and its page in each language) from the view the
 * public reads. Implemented where the pages are made (web); the service stores what it renders.
 */
public interface PublicationRenderer {

    /** The representation named in {@link PublicRendering}'s constants → its bytes. */
    Map<String, byte[]> render(PublicDeclarationView view);
}
