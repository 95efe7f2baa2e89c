package org.carbonneutral.offset.serial;

/**
 * A block of credits as its serial number says: the registry, the project (where encoded), the vintage year (where
 * encoded: the year the vintage period ends), and the inclusive block {@code start..end} within {@code batchKey}, the
 * numbering space in which the registry's block numbers are unique. Two blocks overlap iff they have the same registry
 * and batch key and their ranges share a number. For registries without ranges the batch key is the identifier itself
 * and the block is 1..quantity.
 */
public record SerialBlock(Registry registry, String projectId, Integer vintageYear, String batchKey, long start, long end) {

    public SerialBlock {
        if (start < 1 && registry.ranged() || end < start) {
            throw new IllegalArgumentException("block " + start + ".." + end + " is empty or starts below 1");
        }
    }

    public long quantity() {
        return end - start + 1;
    }

    public boolean overlaps(SerialBlock other) {
        return registry == other.registry && batchKey.equals(other.batchKey) && start <= other.end && other.start <= end;
    }

    /** Whether every serial of {@code other} is in this block. */
    public boolean contains(SerialBlock other) {
        return registry == other.registry && batchKey.equals(other.batchKey) && start <= other.start && other.end <= end;
    }

    /** How a message names the block, e.g. "VERRA VCU 941467007..941467431". */
    public String describe() {
        return registry + " " + batchKey + " " + start + ".." + end;
    }
}
