package com.excelmedical.staffing.content.sitemap;

import com.excelmedical.staffing.content.ContentProperties;
import com.excelmedical.staffing.content.market.MarketReader;
import com.excelmedical.staffing.content.page.Page;
import com.excelmedical.staffing.content.page.PageService;
import com.excelmedical.staffing.content.reference.ReferenceData;
import org.springframework.stereotype.Component;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * The sitemap (protocol 0.9): every published page and every landing page with at least one open job, each
 * with {@code lastmod}. One file holds at most 50,000 URLs; beyond that the newest are left out (a sitemap
 * index would be the next step).
 */
@Component
class Sitemap {

    static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";
    static final int MAX_URLS = 50_000;
    private static final DateTimeFormatter W3C = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX").withZone(ZoneOffset.UTC);

    private final PageService pages;
    private final MarketReader markets;
    private final ReferenceData reference;
    private final String siteUrl;

    Sitemap(PageService pages, MarketReader markets, ReferenceData reference, ContentProperties properties) {
        this.pages = pages;
        this.markets = markets;
        this.reference = reference;
        this.siteUrl = properties.siteUrl().toString().replaceAll("/+$", "");
    }

    String xml() {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("urlset");
            xml.writeDefaultNamespace(NAMESPACE);
            int written = 0;
            for (Page page : pages.published()) {
                if (written++ >= MAX_URLS) {
                    break;
                }
                url(xml, siteUrl + "/pages/" + page.slug(), page.updatedAt());
            }
            for (MarketReader.OpenMarket open : markets.openMarkets()) {
                var specialty = reference.specialty(open.market().specialtyId());
                if (specialty.isEmpty() || written++ >= MAX_URLS) {
                    continue;
                }
                url(xml, siteUrl + "/landing/" + specialty.get().slug() + "/" + open.market().stateCode() + "/"
                        + open.market().citySlug(), open.lastChange());
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("sitemap not written", e);
        }
        return out.toString();
    }

    private static void url(XMLStreamWriter xml, String loc, Instant lastmod) throws XMLStreamException {
        xml.writeStartElement("url");
        xml.writeStartElement("loc");
        xml.writeCharacters(loc);
        xml.writeEndElement();
        if (lastmod != null) {
            xml.writeStartElement("lastmod");
            xml.writeCharacters(W3C.format(lastmod.truncatedTo(ChronoUnit.SECONDS)));
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }
}
