package com.excelmedical.staffing.content.landing;

import com.excelmedical.staffing.content.ContentProperties;
import com.excelmedical.staffing.content.guide.CityGuide;
import com.excelmedical.staffing.content.guide.CityGuides;
import com.excelmedical.staffing.content.market.Market;
import com.excelmedical.staffing.content.market.MarketFigures;
import com.excelmedical.staffing.content.market.MarketReader;
import com.excelmedical.staffing.content.page.Page;
import com.excelmedical.staffing.content.page.PageService;
import com.excelmedical.staffing.content.reference.ReferenceData;
import com.excelmedical.staffing.content.reference.Specialty;
import com.excelmedical.staffing.platform.problems.NotFoundException;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.stereotype.Service;

import java.util.Optional;

/**
 * Assembles landing pages. The version of each part (guide, specialty guide, market) is read first, cheaply;
 * together they are the ETag. A rendered page is kept in memory for {@code content.landing.refresh} (1 s by
 * default): within it, a 200 or a 304 costs no store access at all; after it, the versions are read again and
 * the page rebuilt (its figures come from the market cache unless the market changed). So an edit or a market
 * change reaches the ETag within that second.
 */
@Service
class LandingPages {

    private final ReferenceData reference;
    private final CityGuides guides;
    private final PageService pages;
    private final MarketReader markets;
    private final String siteUrl;
    private final Cache<String, Rendered> rendered;

    LandingPages(ReferenceData reference, CityGuides guides, PageService pages, MarketReader markets, ContentProperties properties) {
        this.reference = reference;
        this.guides = guides;
        this.pages = pages;
        this.markets = markets;
        this.siteUrl = properties.siteUrl().toString().replaceAll("/+$", "");
        this.rendered = Caffeine.newBuilder().maximumSize(properties.landing().cachedMarkets())
                .expireAfterWrite(properties.landing().refresh()).build();
    }

    /** A landing page ready to answer: its tag and its body. */
    record Rendered(String etag, LandingResponse body) {
    }

    Rendered render(String specialtySlug, String state, String citySlug) {
        return rendered.get(specialtySlug + "/" + state + "/" + citySlug, key -> {
            Parts parts = parts(specialtySlug, state, citySlug);
            return new Rendered(parts.etag(), build(parts));
        });
    }

    /** What a landing page is made of, before its body is built. */
    record Parts(Specialty specialty, Market market, Optional<CityGuide> guide, Optional<Page> specialtyGuide,
                 long marketVersion) {

        String etag() {
            return "\"l-" + marketVersion + "-" + guide.map(g -> Long.toString(g.version())).orElse("n")
                    + "-" + specialtyGuide.map(p -> p.id() + "." + p.version()).orElse("n") + "\"";
        }
    }

    private Parts parts(String specialtySlug, String state, String citySlug) {
        Specialty specialty = reference.specialtyBySlug(specialtySlug)
                .orElseThrow(() -> new UnknownReferenceException("specialty", specialtySlug));
        if (!reference.isState(state)) {
            throw new UnknownReferenceException("state", state);
        }
        Market market = new Market(specialty.id(), state, citySlug);
        Optional<CityGuide> guide = guides.find(state, citySlug);
        long version = markets.version(market);
        if (guide.isEmpty() && (version == 0 || markets.figures(market, version).openJobs() == 0)) {
            throw new NotFoundException("Landing page", specialtySlug + "/" + state + "/" + citySlug);
        }
        return new Parts(specialty, market, guide, pages.specialtyGuide(specialty.slug()), version);
    }

    private LandingResponse build(Parts parts) {
        MarketFigures figures = markets.figures(parts.market(), parts.marketVersion());
        Specialty s = parts.specialty();
        return new LandingResponse(new LandingResponse.SpecialtyRef(s.id(), s.slug(), s.name()),
                parts.market().stateCode(), parts.market().citySlug(), parts.guide().map(CityGuide::cityName).orElse(null),
                parts.guide().map(LandingExcerpts::of).orElse(null),
                parts.specialtyGuide().map(p -> new LandingResponse.SpecialtyGuide(p.slug(), p.live().title(), p.live().summary()))
                        .orElse(null),
                new LandingResponse.Market(figures.openJobs(), figures.weeklyPayMin(), figures.weeklyPayMedian(),
                        figures.weeklyPayMax(), figures.newest().stream()
                        .map(p -> new LandingResponse.Posting(p.title(), p.facilityName(), p.weeklyPay(), p.publishedAt(),
                                siteUrl + "/jobs/" + p.jobId()))
                        .toList()));
    }
}
