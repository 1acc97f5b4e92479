package com.excelmedical.staffing.content.page;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a page is about; the code is what the API and events say. */
public enum PageType {
    BLOG, CITY_GUIDE, SPECIALTY_GUIDE, CITY_SPECIALTY, FAQ, TESTIMONIAL, PAGE;

    public static final String CODES = "blog|city_guide|specialty_guide|city_specialty|faq|testimonial|page";

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<PageType> fromCode(String code) {
        return Arrays.stream(values()).filter(type -> type.code().equals(code)).findFirst();
    }
}
