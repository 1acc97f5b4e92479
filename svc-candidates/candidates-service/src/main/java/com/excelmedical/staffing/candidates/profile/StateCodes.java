package com.excelmedical.staffing.candidates.profile;

/**
 * The two-letter codes of the US states, the District of Columbia and the territories where healthcare
 * staff are licensed (USPS abbreviations), as one regular expression for request validation.
 */
public final class StateCodes {

    public static final String PATTERN = "AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV"
            + "|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|AS|GU|MP|PR|VI";
    public static final String MESSAGE = "must be a two-letter US state code in upper case (TX)";

    private StateCodes() {
    }
}
