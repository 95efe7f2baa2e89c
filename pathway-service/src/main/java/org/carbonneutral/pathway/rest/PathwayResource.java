package org.carbonneutral.pathway.rest;

import jakarta.ws.rs.Path;
import org.carbonneutral.pathway.domain.PathwayContent;
import org.carbonneutral.pathway.service.PathwayWorkflow;
import org.carbonneutral.platform.part.PartResource;
import org.carbonneutral.platform.security.Caller;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The pathway part of a declaration (rule PATH-2), checked against the approved inventory. */
@Path("/api/pathways/{declarationId}")
@Tag(name = "Pathway")
public class PathwayResource extends PartResource<PathwayContent> {

    public PathwayResource(PathwayWorkflow workflow, Caller caller) {
        super(workflow, caller);
    }
}
