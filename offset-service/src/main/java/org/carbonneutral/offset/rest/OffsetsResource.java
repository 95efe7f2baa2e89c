package org.carbonneutral.offset.rest;

import jakarta.ws.rs.Path;
import org.carbonneutral.offset.domain.OffsetsContent;
import org.carbonneutral.offset.service.OffsetsWorkflow;
import org.carbonneutral.platform.part.PartResource;
import org.carbonneutral.platform.security.Caller;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The offsets part of a declaration (rules OFF-1, OFF-4, OFF-5), checked against the approved inventory's residual. */
@Path("/api/offsets/{declarationId}")
@Tag(name = "Offsets")
public class OffsetsResource extends PartResource<OffsetsContent> {

    public OffsetsResource(OffsetsWorkflow workflow, Caller caller) {
        super(workflow, caller);
    }
}
