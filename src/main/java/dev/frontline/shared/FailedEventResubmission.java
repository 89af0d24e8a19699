package dev.frontline.shared;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Hands events whose listener failed (a database hiccup, a bug since fixed) to that listener again
 * without waiting for the next restart, once they are at least {@code frontline.events.resubmit-after} old.
 */
@Component
class FailedEventResubmission {

    private final FailedEventPublications failed;
    private final Duration resubmitAfter;

    FailedEventResubmission(FailedEventPublications failed,
                            @Value("${frontline.events.resubmit-after}") Duration resubmitAfter) {
        this.failed = failed;
        this.resubmitAfter = resubmitAfter;
    }

    @Scheduled(fixedDelayString = "${frontline.events.resubmit-interval}",
            initialDelayString = "${frontline.events.resubmit-interval}")
    void resubmit() {
        failed.resubmit(ResubmissionOptions.defaults().withMinAge(resubmitAfter));
    }
}
