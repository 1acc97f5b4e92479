package com.excelmedical.staffing.content.page;

/**
 * The city and specialty a page is about, by svc-jobs' ids (each part optional).
 *
 * @param citySlug the slug of {@code cityName}, as landing pages address the city
 */
public record Related(String specialtyId, String specialtySlug, String stateCode, String cityName, String citySlug,
                      String cityId) {

    public static final Related NONE = new Related(null, null, null, null, null, null);
}
