package com.excelmedical.staffing.local.demo;

import java.util.Set;

/**
 * One area of the demo data, loaded through the gateway's public API only. A step recognises its data when
 * it is already there (a second run with kept data) instead of loading it twice.
 */
public interface DemoStep {

    String name();

    /** The services this step needs; while one of them is not part of the run the step is skipped with a message. */
    Set<String> needs();

    /** Loads the data, or finds it loaded; returns a one-line summary. */
    String load(DemoContext context);
}
