package com.excelmedical.staffing.content.market;

import java.util.UUID;

/** One specialty in one city: the unit landing pages show figures for. */
public record Market(UUID specialtyId, String stateCode, String citySlug) {

    String key() {
        return specialtyId + ":" + stateCode + ":" + citySlug;
    }
}
