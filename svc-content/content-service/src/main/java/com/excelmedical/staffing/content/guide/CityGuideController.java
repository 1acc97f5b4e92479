package com.excelmedical.staffing.content.guide;

import com.excelmedical.staffing.content.ContentProperties;
import com.excelmedical.staffing.content.web.HttpCaching;
import com.excelmedical.staffing.platform.problems.NotFoundException;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
class CityGuideController {

    private static final String PATH = "/content/city-guides/{state:[A-Z]{2}}/{city:[a-z0-9-]{1,120}}";

    private final CityGuides guides;
    private final ContentProperties properties;

    CityGuideController(CityGuides guides, ContentProperties properties) {
        this.guides = guides;
        this.properties = properties;
    }

    @GetMapping(PATH)
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "304", description = "Not modified: the If-None-Match tag is current")
    ResponseEntity<CityGuideResponse> get(@PathVariable String state, @PathVariable String city,
                                          @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
        CityGuide guide = guides.find(state, city).orElseThrow(() -> new NotFoundException("City guide", state + "/" + city));
        String etag = "\"g-" + state + "-" + city + "-" + guide.version() + "\"";
        return HttpCaching.conditional(ifNoneMatch, etag, true, properties.cache().maxAge(), () -> CityGuideResponse.of(guide));
    }

    @PutMapping(PATH)
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "409", description = "The guide changed since the version sent")
    @PreAuthorize("hasAnyRole('editor', 'admin')")
    CityGuideResponse put(@PathVariable String state, @PathVariable String city, @Valid @RequestBody CityGuideRequest request) {
        return guides.write(state, city, request);
    }
}
