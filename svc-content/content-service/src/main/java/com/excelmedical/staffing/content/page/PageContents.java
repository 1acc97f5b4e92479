package com.excelmedical.staffing.content.page;

import com.excelmedical.staffing.content.reference.ReferenceData;
import com.excelmedical.staffing.content.reference.Slugs;
import com.excelmedical.staffing.content.reference.Specialty;
import com.excelmedical.staffing.platform.problems.InvalidInputException;
import com.excelmedical.staffing.platform.security.CurrentUser;
import org.springframework.stereotype.Component;

import java.util.List;

/** Builds a page's content from a request, checking what Bean Validation cannot: blocks by type, reference ids. */
@Component
class PageContents {

    private final ReferenceData reference;

    PageContents(ReferenceData reference) {
        this.reference = reference;
    }

    PageContent from(PageRequest request, CurrentUser user) {
        List<Block> blocks = Blocks.from(request.blocks());
        PageRequest.SeoRequest seo = request.seo();
        return new PageContent(request.title().strip(), request.summary(), blocks,
                seo == null ? new Seo(null, null, List.of()) : new Seo(seo.title(), seo.description(), seo.keywords()),
                related(request.related()), new Author(user.id().toString(), request.authorName()), Boolean.TRUE.equals(request.aiGenerated()));
    }

    private Related related(PageRequest.RelatedRequest request) {
        if (request == null) {
            return Related.NONE;
        }
        Specialty specialty = null;
        if (request.specialtyId() != null) {
            specialty = reference.specialty(request.specialtyId())
                    .orElseThrow(() -> new InvalidInputException("related.specialtyId", "is not a specialty of the platform"));
        }
        String state = request.stateCode();
        if (state != null && !reference.isState(state)) {
            throw new InvalidInputException("related.stateCode", "is not a state code of the platform");
        }
        String city = request.city() == null || request.city().isBlank() ? null : request.city().strip();
        if (city != null && state == null) {
            throw new InvalidInputException("related.city", "needs related.stateCode");
        }
        if (city != null && Slugs.of(city).isEmpty()) {
            throw new InvalidInputException("related.city", "must contain letters or digits");
        }
        return new Related(specialty == null ? null : specialty.id().toString(), specialty == null ? null : specialty.slug(),
                state, city, city == null ? null : Slugs.of(city),
                city == null ? null : ReferenceData.cityId(state, city).toString());
    }
}
