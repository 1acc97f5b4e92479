package com.excelmedical.staffing.jobs.masterdata;

import java.util.UUID;

public record City(UUID id, String name, String stateCode, double latitude, double longitude, Integer population) {
}
