package org.carbonneutral.offset.service;

import java.util.List;
import org.carbonneutral.offset.domain.RegistryImport;
import org.carbonneutral.offset.rules.OffsetsFacts;

/**
 * What the credits are evaluated and approved on: the facts the OFF rules read, the registry imports their records come
 * from, and the approved pathway revision they rest on (null while none stands).
 */
public record OffsetsEvaluation(OffsetsFacts facts, List<RegistryImport> imports, Integer pathwayRevision) {

    public OffsetsEvaluation {
        imports = List.copyOf(imports);
    }
}
