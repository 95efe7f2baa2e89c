package org.carbonneutral.platform.part;

import org.jboss.resteasy.reactive.RestResponse;

/** Part responses carry the revision as a strong ETag, for If-Match on the next edit. */
public final class PartResponses {

    private PartResponses() {
    }

    public static <C> RestResponse<PartView<C>> ok(PartView<C> view) {
        return RestResponse.ResponseBuilder.ok(view).header("ETag", "\"" + view.revision() + "\"").build();
    }
}
