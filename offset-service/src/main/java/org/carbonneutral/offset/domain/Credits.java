package org.carbonneutral.offset.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.carbonneutral.offset.serial.SerialBlock;
import org.carbonneutral.offset.serial.SerialNumbers;
import org.carbonneutral.platform.problem.Problem;
import org.carbonneutral.platform.problem.ProblemException;

/**
 * Reads the retirements of an offsets content into {@link Credit}s. A serial that does not parse, a quantity, vintage
 * or project id that contradicts the serial, or two entries claiming the same credit make the content unprocessable
 * (422, each violation naming its field and OFF-2 where a credit would count twice).
 */
public final class Credits {

    private Credits() {
    }

    public static List<Credit> of(OffsetsContent content) {
        List<Problem.Violation> violations = new ArrayList<>();
        List<Credit> credits = new ArrayList<>();
        var retirements = content.retirements();
        for (int i = 0; i < retirements.size(); i++) {
            var r = retirements.get(i);
            String at = "retirements[" + i + "].";
            SerialBlock block;
            try {
                block = SerialNumbers.parse(r.registry(), r.serialNumber(), r.quantity());
            } catch (SerialNumbers.InvalidSerialException e) {
                violations.add(new Problem.Violation(at + e.field(), e.getMessage()));
                continue;
            }
            Integer vintage = block.vintageYear() != null ? block.vintageYear() : r.vintageYear();
            if (vintage == null) {
                violations.add(new Problem.Violation(at + "vintageYear", r.registry().title()
                        + " serials do not encode the vintage: state the year the vintage period ends"));
            } else if (r.vintageYear() != null && !r.vintageYear().equals(vintage)) {
                violations.add(new Problem.Violation(at + "vintageYear", "the serial says vintage " + vintage + ", not "
                        + r.vintageYear()));
            }
            String projectId = block.projectId() != null ? block.projectId() : blankToNull(r.projectId());
            if (block.projectId() != null && r.projectId() != null && !r.projectId().isBlank()
                    && !sameProject(block.projectId(), r.projectId())) {
                violations.add(new Problem.Violation(at + "projectId", "the serial names project " + block.projectId()
                        + ", not " + r.projectId()));
            }
            credits.add(new Credit(i, r, block, vintage, projectId, project(content, r.registry(), projectId)));
        }
        List<Credit> sorted = new ArrayList<>(credits);
        sorted.sort(Comparator.comparing((Credit c) -> c.block().registry()).thenComparing(c -> c.block().batchKey())
                .thenComparingLong(c -> c.block().start()));
        for (int k = 1; k < sorted.size(); k++) {
            Credit a = sorted.get(k - 1);
            Credit b = sorted.get(k);
            if (a.block().overlaps(b.block())) {
                violations.add(new Problem.Violation(b.field("serialNumber"), "claims credits of "
                        + a.block().describe() + " a second time (retirements[" + a.index() + "])", "OFF-2"));
            }
        }
        if (!violations.isEmpty()) {
            String detail = violations.stream().map(v -> v.field() + ": " + v.message()).reduce((x, y) -> x + "; " + y)
                    .orElseThrow();
            throw new ProblemException(422, "invalid-credits", "Unprocessable credits", detail, violations, null);
        }
        return credits;
    }

    private static OffsetsContent.Project project(OffsetsContent content, org.carbonneutral.offset.serial.Registry registry,
            String projectId) {
        if (projectId == null || content.projects() == null) {
            return null;
        }
        return content.projects().stream().filter(p -> p.registry() == registry && sameProject(p.id(), projectId))
                .findFirst().orElse(null);
    }

    /** Project ids compare without case, spaces or the registry's prefix ("VCS1340" = "1340", "GS11603" = "11603"). */
    public static boolean sameProject(String a, String b) {
        return normalise(a).equals(normalise(b));
    }

    private static String normalise(String id) {
        String s = id.trim().toUpperCase(Locale.ROOT).replace(" ", "");
        return s.replaceFirst("^(VCS|GS|ACR|CAR|ART)(?=\\d)", "");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
