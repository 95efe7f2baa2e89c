package org.carbonneutral.offset.rest;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.carbonneutral.offset.domain.RegistryRecord;
import org.carbonneutral.offset.registry.RegistryRecords;
import org.carbonneutral.offset.serial.Registry;
import org.carbonneutral.offset.serial.SerialBlock;
import org.carbonneutral.offset.serial.SerialNumbers;
import org.carbonneutral.platform.problem.ProblemException;
import org.carbonneutral.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The registries' public records the suite holds, as a preparer checks a serial before claiming it. */
@Path("/api/registry-records")
@Tag(name = "Registry records", description = "The registries' public retirement exports the suite imports, shared by every tenant, and the records OFF-2 checks credits against")
@SecurityRequirement(name = "SecurityScheme")
public class RegistryRecordResource {

    static final String RECORD_EXAMPLE = """
            {"registry":"MOENV","serialNumber":"TW-2-1-030172798-030173797-00-00-A0000070",
             "block":{"registry":"MOENV","projectId":"A0000070","batchKey":"TW","start":30172798,
                      "end":30173797},
             "quantity":1000,"status":"RETIRED",
             "projectId":"A0000070","retiredOn":"2025-02-14","beneficiary":"範例科技股份有限公司",
             "purpose":"113年度組織碳中和宣告","retirementType":"碳中和","line":2,
             "version":1,"importId":"3f0c2a8e-5b7d-4c1e-9a61-2d8f7b0e4c55"}""";

    private final RegistryRecords records;

    public RegistryRecordResource(RegistryRecords records) {
        this.records = records;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PREPARER, Roles.APPROVER, Roles.VIEWER, Roles.OPERATOR})
    @Operation(operationId = "findRegistryRecords",
            summary = "The registry's records of a serial", description = "The latest version of every record of "
            + "the registry whose block shares a serial with the one given (the same numbering space and an "
            + "overlapping range): what OFF-2 checks a credit against.")
    @APIResponse(responseCode = "200", description = "The records (empty: the registry's exports imported so far do not "
            + "list it)", content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = RegistryRecord.class), examples = @ExampleObject(
                    name = "records", value = "[" + RECORD_EXAMPLE + "]")))
    @APIResponse(responseCode = "400", description = "Registry unknown, or the serial not of its format")
    public Uni<List<RegistryRecord>> overlapping(@Parameter(example = "MOENV") @QueryParam("registry") String registry,
            @Parameter(example = "TW-2-1-030172798-030173019-00-00-A0000070") @QueryParam("serial") String serial) {
        SerialBlock block = block(RegistryImportResource.registryParameter("registry", registry), serial);
        return Panache.withSession(() -> records.latestOverlapping(List.of(block)));
    }

    @GET
    @Path("/versions")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PREPARER, Roles.APPROVER, Roles.VIEWER, Roles.OPERATOR})
    @Operation(operationId = "listRegistryRecordVersions",
            summary = "Every version of one record", description = "The registry's record of exactly this serial, "
            + "each version the exports stated (oldest first) with the import it came from.")
    @APIResponse(responseCode = "200", description = "The versions (empty when the registry's exports never listed the "
            + "serial)", content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = RegistryRecord.class), examples = @ExampleObject(
                    name = "versions", value = "[" + RECORD_EXAMPLE + "]")))
    @APIResponse(responseCode = "400", description = "Registry unknown or serial missing")
    public Uni<List<RegistryRecord>> versions(@Parameter(example = "MOENV") @QueryParam("registry") String registry,
            @Parameter(example = "TW-2-1-030172798-030173797-00-00-A0000070") @QueryParam("serial") String serial) {
        Registry r = RegistryImportResource.registryParameter("registry", registry);
        String serialNumber = serial(r, serial);
        return Panache.withSession(() -> records.versions(r, serialNumber));
    }

    /** The block {@code serial} names (for registries without ranges: the identifier's whole batch). */
    private static SerialBlock block(Registry registry, String serial) {
        try {
            return SerialNumbers.parse(registry, serial(registry, serial), registry.ranged() ? null : 1L);
        } catch (SerialNumbers.InvalidSerialException e) {
            throw ProblemException.invalid("serial", e.getMessage());
        }
    }

    private static String serial(Registry registry, String serial) {
        if (serial == null || serial.isBlank()) {
            throw ProblemException.invalid("serial", "name the serial number, e.g. " + registry.example());
        }
        return serial.strip();
    }
}
