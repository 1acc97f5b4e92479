package com.excelmedical.staffing.jobs.alerts;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;
import com.excelmedical.staffing.jobs.masterdata.MasterData;
import com.excelmedical.staffing.platform.paging.PageQuery;
import com.excelmedical.staffing.platform.paging.PageResponse;
import com.excelmedical.staffing.platform.problems.InvalidInputException;
import com.excelmedical.staffing.platform.problems.NotFoundException;
import com.excelmedical.staffing.platform.security.CurrentUser;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** A candidate's own saved searches; nobody else sees or deletes them. */
@RestController
@RequestMapping("/jobs/alerts")
@PreAuthorize("hasRole('candidate')")
class AlertController {

    private static final int MAX_ALERTS = 20;

    private final JobAlerts alerts;
    private final MasterData masterData;
    private final Clock clock;

    AlertController(JobAlerts alerts, MasterData masterData, Clock clock) {
        this.alerts = alerts;
        this.masterData = masterData;
        this.clock = clock;
    }

    @GetMapping
    PageResponse<AlertResponse> list(PageQuery page, CurrentUser user) {
        return PageResponse.slice(alerts.ofCandidate(user.id()), page);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Transactional
    ResponseEntity<AlertResponse> create(@Valid @RequestBody AlertRequest request, CurrentUser user) {
        check(request.specialtyIds(), id -> masterData.specialty(id).isPresent(), "specialtyIds", "unknown specialty ");
        check(request.cityIds(), id -> masterData.city(id).isPresent(), "cityIds", "unknown city ");
        check(request.stateCodes(), code -> masterData.state(code).isPresent(), "stateCodes", "unknown state ");
        if (alerts.ofCandidate(user.id()).size() >= MAX_ALERTS) {
            throw new InvalidInputException("name", "at most " + MAX_ALERTS + " alerts per candidate");
        }
        UUID id = alerts.insert(user.id(), request, clock.instant());
        return ResponseEntity.created(URI.create("/jobs/alerts/" + id)).body(alerts.find(id));
    }

    @DeleteMapping("/{alertId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> delete(@PathVariable UUID alertId, CurrentUser user) {
        if (!alerts.delete(alertId, user.id())) {
            throw new NotFoundException("Alert", alertId);
        }
        return ResponseEntity.noContent().build();
    }

    private static <T> void check(List<T> values, java.util.function.Predicate<T> known, String field, String message) {
        if (values != null) {
            values.stream().filter(known.negate()).findFirst().ifPresent(value -> {
                throw new InvalidInputException(field, message + value);
            });
        }
    }
}
