package org.carbonneutral.offset.domain;

import org.carbonneutral.offset.serial.SerialBlock;

/**
 * One retirement as the rules read it: the entry at {@code index}, the block its serial names, its vintage year and
 * project id (from the serial where encoded, else as entered), and the project's due diligence (null when missing).
 */
public record Credit(int index, OffsetsContent.Retirement retirement, SerialBlock block, Integer vintageYear,
        String projectId, OffsetsContent.Project project) {

    public String field(String name) {
        return "retirements[" + index + "]." + name;
    }

    public long quantity() {
        return block.quantity();
    }
}
