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
import com.excelmedical.staffing.platform.problems.DomainException;
import com.github.benmanes.caffeine.cache.CacheLoader;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

import java.util.Optional;

/**
 * Assembles landing pages. The version of each part (guide, specialty guide, market) is read first, cheaply;
 * together they are the ETag. A page is kept in memory as its JSON bytes and that tag, so a 200 is a copy of
 * the bytes and a 304 a comparison of tags: no store access, no serialization. After
 * {@code content.landing.refresh} (1 s by default) the next request starts a check of the versions in the
 * background (requests meanwhile get the held page): same tag, the same bytes are kept; another tag, the page is
 * rebuilt (its figures from the market cache unless the market changed) and serialized once. A page nobody
 * asked for in twice that time is rebuilt on the request. So an edit or a market change reaches the ETag
 * within one to two refresh periods.
 */
@Service
class LandingPages {

    private final ReferenceData reference;
    private final CityGuides guides;
    private final PageService pages;
    private final MarketReader markets;
    private final String siteUrl;
    private final JsonMapper json;
    private final LoadingCache<Key, Rendered> rendered;

    LandingPages(ReferenceData reference, CityGuides guides, PageService pages, MarketReader markets, ContentProperties properties,
                 JsonMapper json) {
        this.reference = reference;
        this.guides = guides;
        this.pages = pages;
        this.markets = markets;
        this.siteUrl = properties.siteUrl().toString().replaceAll("/+$", "");
        this.json = json;
        this.rendered = Caffeine.newBuilder().maximumSize(properties.landing().cachedMarkets())
                .refreshAfterWrite(properties.landing().refresh())
                .expireAfterWrite(properties.landing().refresh().multipliedBy(2))
                .build(new Loader());
    }

    /** A landing page ready to answer: its tag and its JSON body (never modified once built). */
    record Rendered(String etag, byte[] json) {
    }

    private record Key(String specialtySlug, String state, String citySlug) {
    }

    Rendered render(String specialtySlug, String state, String citySlug) {
        return rendered.get(new Key(specialtySlug, state, citySlug));
    }

    private final class Loader implements CacheLoader<Key, Rendered> {

        @Override
        public Rendered load(Key key) {
            Parts parts = parts(key.specialtySlug(), key.state(), key.citySlug());
            return new Rendered(parts.etag(), json.writeValueAsBytes(build(parts)));
        }

        /** Unchanged versions keep the bytes; a page that is gone (404 now) leaves the cache. */
        @Override
        public Rendered reload(Key key, Rendered held) {
            try {
                Parts parts = parts(key.specialtySlug(), key.state(), key.citySlug());
                return parts.etag().equals(held.etag()) ? new Rendered(held.etag(), held.json())
                        : new Rendered(parts.etag(), json.writeValueAsBytes(build(parts)));
            } catch (DomainException gone) {
                return null;
            }
        }
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
