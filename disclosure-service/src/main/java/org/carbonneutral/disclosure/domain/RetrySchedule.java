package org.carbonneutral.disclosure.domain;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * When a failed delivery is tried again: after the first attempt fails, the first delay, and so on; when the delays
 * are used up the delivery has failed. The default (5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h) spans more than 27 hours
 * in 8 attempts.
 */
public record RetrySchedule(List<Duration> delays) {

    public static final RetrySchedule DEFAULT = new RetrySchedule(List.of(Duration.ofSeconds(5), Duration.ofMinutes(5),
            Duration.ofMinutes(30), Duration.ofHours(2), Duration.ofHours(5), Duration.ofHours(10), Duration.ofHours(10)));

    public RetrySchedule {
        delays = List.copyOf(delays);
        if (delays.stream().anyMatch(d -> d.isNegative())) {
            throw new IllegalArgumentException("a retry delay cannot be negative");
        }
    }

    /** The delay before the next attempt after {@code attemptsMade} failed attempts, or empty when none follows. */
    public Optional<Duration> after(int attemptsMade) {
        return attemptsMade >= 1 && attemptsMade <= delays.size() ? Optional.of(delays.get(attemptsMade - 1))
                : Optional.empty();
    }

    /** How many attempts a delivery gets in all. */
    public int attempts() {
        return delays.size() + 1;
    }
}
