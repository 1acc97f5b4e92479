package com.excelmedical.staffing.content.landing;

import com.excelmedical.staffing.content.guide.CityGuide;
import com.excelmedical.staffing.content.guide.GuideParts;

/** The short version of a city guide a landing page shows: the first sections, shortened, and the highlights' titles. */
final class LandingExcerpts {

    static final int SECTIONS = 3;
    static final int EXCERPT_LENGTH = 280;
    static final int HIGHLIGHTS = 5;

    private LandingExcerpts() {
    }

    static LandingResponse.GuideExcerpt of(CityGuide guide) {
        return new LandingResponse.GuideExcerpt(guide.title(), guide.summary(),
                guide.sections().stream().limit(SECTIONS)
                        .map(section -> new LandingResponse.SectionExcerpt(section.title(), section.type(), shorten(section)))
                        .toList(),
                guide.highlights().stream().limit(HIGHLIGHTS).map(GuideParts.Highlight::title).toList());
    }

    /** Cut at a word boundary, with an ellipsis; never in the middle of a surrogate pair. */
    static String shorten(GuideParts.Section section) {
        String text = section.content().strip();
        if (text.length() <= EXCERPT_LENGTH) {
            return text;
        }
        int cut = text.lastIndexOf(' ', EXCERPT_LENGTH);
        if (cut < EXCERPT_LENGTH / 2) {
            cut = Character.isHighSurrogate(text.charAt(EXCERPT_LENGTH - 1)) ? EXCERPT_LENGTH - 1 : EXCERPT_LENGTH;
        }
        return text.substring(0, cut).stripTrailing() + "…";
    }
}
