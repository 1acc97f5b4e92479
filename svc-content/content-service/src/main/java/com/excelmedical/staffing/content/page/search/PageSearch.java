package com.excelmedical.staffing.content.page.search;

import com.excelmedical.staffing.content.page.Page;
import com.excelmedical.staffing.content.page.SearchTerms;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.TextCriteria;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Published pages by filters and words. Every word must be in the page's {@code searchTerms} (a multikey index,
 * on any server); where a text index exists the same words also go to {@code $text} as quoted phrases, which
 * narrows through that index but never changes the result, since the array condition stays.
 */
@Component
public class PageSearch {

    private final MongoOperations mongo;
    private final TextIndex textIndex;

    PageSearch(MongoOperations mongo, TextIndex textIndex) {
        this.mongo = mongo;
        this.textIndex = textIndex;
    }

    public record Result(List<Page> pages, long total) {
    }

    public Result search(PageSearchRequest request, long offset, int size) {
        Query query = query(request, textIndex.available());
        long total = mongo.count(query, Page.class);
        query.with(Sort.by(Sort.Order.desc("publishedAt"), Sort.Order.asc("_id"))).skip(offset).limit(size);
        return new Result(mongo.find(query, Page.class), total);
    }

    static Query query(PageSearchRequest request, boolean useTextIndex) {
        Query query = Query.query(Criteria.where("visible").is(true));
        if (request.type() != null) {
            query.addCriteria(Criteria.where("type").is(request.type().toUpperCase(java.util.Locale.ROOT)));
        }
        if (request.state() != null) {
            query.addCriteria(Criteria.where("live.related.stateCode").is(request.state()));
        }
        if (request.city() != null) {
            query.addCriteria(Criteria.where("live.related.citySlug").is(request.city()));
        }
        if (request.specialty() != null) {
            query.addCriteria(Criteria.where("live.related.specialtySlug").is(request.specialty()));
        }
        List<String> words = request.q() == null ? List.of() : SearchTerms.ofQuery(request.q());
        if (!words.isEmpty()) {
            query.addCriteria(Criteria.where("searchTerms").all(words));
            if (useTextIndex) {
                TextCriteria text = TextCriteria.forDefaultLanguage();
                words.forEach(text::matchingPhrase);
                query.addCriteria(text);
            }
        }
        return query;
    }
}
