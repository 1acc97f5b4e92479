package com.excelmedical.staffing.jobs.masterdata;

import com.excelmedical.staffing.platform.paging.PageResponse;
import com.excelmedical.staffing.platform.problems.InvalidInputException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/** Public reference data: every list is small and returned whole, as one page. */
@RestController
@RequestMapping("/jobs")
class MasterDataController {

    private final MasterData masterData;

    MasterDataController(MasterData masterData) {
        this.masterData = masterData;
    }

    @GetMapping("/professions")
    PageResponse<Profession> professions() {
        return PageResponse.whole(masterData.professions());
    }

    @GetMapping("/specialties")
    PageResponse<Specialty> specialties(@RequestParam(required = false) UUID profession) {
        return PageResponse.whole(masterData.specialties().stream()
                .filter(specialty -> profession == null || specialty.professionId().equals(profession)).toList());
    }

    @GetMapping("/states")
    PageResponse<State> states() {
        return PageResponse.whole(masterData.states());
    }

    @GetMapping("/certifications")
    PageResponse<Certification> certifications() {
        return PageResponse.whole(masterData.certifications());
    }

    @GetMapping("/cities")
    PageResponse<City> cities(@RequestParam(required = false) String state) {
        if (state != null && masterData.state(state).isEmpty()) {
            throw new InvalidInputException("state", "unknown state " + state);
        }
        return PageResponse.whole(masterData.cities().stream()
                .filter(city -> state == null || city.stateCode().equalsIgnoreCase(state)).toList());
    }
}
