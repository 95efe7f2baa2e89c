package org.carbonneutral.disclosure.service;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.carbonneutral.disclosure.domain.PublicationPolicy;

/**
 * The publication policy, one for the application: the services ask it, and {@code GET /api/rules} lists its rules
 * (it is the service's rule catalogue).
 */
@Dependent
public class PublicationPolicyProducer {

    @Produces
    @Singleton
    PublicationPolicy publicationPolicy() {
        return new PublicationPolicy();
    }
}
