package com.excelmedical.staffing.candidates.applications;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

class ConcurrentMovesIT extends ApplicationsIT {

    @Test
    void twoRecruitersMovingTheSameApplicationAtOnceGetOneSuccessAndOneConflict() throws Exception {
        UUID id = id(anApplication(UUID.randomUUID()));
        CyclicBarrier together = new CyclicBarrier(2);
        Callable<Integer> review = () -> {
            together.await();
            return moveTo(id, "reviewing").andReturn().getResponse().getStatus();
        };

        List<Integer> statuses;
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            List<Future<Integer>> answers = List.of(pool.submit(review), pool.submit(review));
            statuses = List.of(answers.get(0).get(), answers.get(1).get());
        }

        assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        assertThat(count("SELECT count(*) FROM application_status_history WHERE application_id = ?", id)).isEqualTo(2);
        assertThat(count("SELECT version FROM applications WHERE id = ?", id)).isEqualTo(1);
    }

    @Test
    void aMoveSentWithAnOldVersionIsAConflict() throws Exception {
        UUID id = id(anApplication(UUID.randomUUID()));
        moveTo(id, "reviewing");

        assertThat(move(id, UUID.randomUUID(), "recruiter", "{\"status\": \"interview\", \"version\": 0}")
                .andReturn().getResponse().getStatus()).isEqualTo(409);
        assertThat(count("SELECT count(*) FROM applications WHERE id = ? AND status = 'reviewing'", id)).isEqualTo(1);
    }
}
