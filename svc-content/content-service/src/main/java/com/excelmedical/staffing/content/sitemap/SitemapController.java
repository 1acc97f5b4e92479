package com.excelmedical.staffing.content.sitemap;

import com.excelmedical.staffing.content.ContentProperties;
import com.excelmedical.staffing.content.web.HttpCaching;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.DigestUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;

@RestController
class SitemapController {

    private final Sitemap sitemap;
    private final ContentProperties properties;

    SitemapController(Sitemap sitemap, ContentProperties properties) {
        this.sitemap = sitemap;
        this.properties = properties;
    }

    /** Public: every published page and every landing page with open jobs. Its ETag is a digest of the document. */
    @GetMapping(path = "/content/sitemap.xml", produces = MediaType.APPLICATION_XML_VALUE)
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "304", description = "Not modified: the If-None-Match tag is current")
    ResponseEntity<String> get(@RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
        String xml = sitemap.xml();
        String etag = "\"s-" + DigestUtils.md5DigestAsHex(xml.getBytes(StandardCharsets.UTF_8)) + "\"";
        return HttpCaching.conditional(ifNoneMatch, etag, true, properties.cache().maxAge(), () -> xml);
    }
}
