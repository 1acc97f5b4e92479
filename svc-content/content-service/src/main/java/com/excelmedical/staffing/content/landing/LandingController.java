package com.excelmedical.staffing.content.landing;

import com.excelmedical.staffing.content.ContentProperties;
import com.excelmedical.staffing.content.web.HttpCaching;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
class LandingController {

    private final LandingPages landing;
    private final ContentProperties properties;

    LandingController(LandingPages landing, ContentProperties properties) {
        this.landing = landing;
        this.properties = properties;
    }

    /**
     * The landing page of a specialty in a city; 404 when the city has neither a guide nor open jobs of the specialty.
     * The body is the page's JSON as serialized once when the page was built ({@link LandingResponse}).
     */
    @GetMapping("/content/landing/{specialty:[a-z0-9-]{1,120}}/{state:[A-Z]{2}}/{city:[a-z0-9-]{1,120}}")
    @ApiResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
            schema = @Schema(implementation = LandingResponse.class)))
    @ApiResponse(responseCode = "304", description = "Not modified: the If-None-Match tag is current",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = LandingResponse.class)))
    ResponseEntity<byte[]> get(@PathVariable String specialty, @PathVariable String state, @PathVariable String city,
                               @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
        LandingPages.Rendered page = landing.render(specialty, state, city);
        return HttpCaching.conditional(ifNoneMatch, page.etag(), true, properties.cache().maxAge(),
                MediaType.APPLICATION_JSON, page::json);
    }
}
