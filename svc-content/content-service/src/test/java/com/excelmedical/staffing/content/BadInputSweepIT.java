package com.excelmedical.staffing.content;

import com.excelmedical.staffing.content.guide.Guides;
import com.excelmedical.staffing.platform.test.sweep.BadInputSweep;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

import java.util.List;
import java.util.Map;

/** Every operation of the served document, sent bad input: no 5xx, problem details, no page or guide stored. */
class BadInputSweepIT extends ContentIT {

    @Value("${local.server.port}")
    int port;

    @Test
    void badInputIsRefusedWithProblemDetailsAndNothingIsStored() throws Exception {
        BadInputSweep.against(port)
                .stored(() -> List.of(Map.of(
                        "pages", mongo.getCollection("pages").countDocuments(),
                        "revisions", mongo.getCollection("page_revisions").countDocuments(),
                        "guides", mongo.getCollection("city_guides").countDocuments())))
                .validBody("POST /content/pages", Pages.aBlogPost("Sweep"))
                .validBody("PUT /content/pages/{pageId}", Pages.aPage("blog", "Sweep", "sweep", "s", "[]", "")
                        .replaceFirst("}\\s*$", ", \"version\": 0}"))
                .validBody("PUT /content/city-guides/{state}/{city}", Guides.aGuide("Sweep", "x"))
                .run();
    }
}
