package com.excelmedical.staffing.candidates.credentials;

/** The credentials staff verify and the expiry task watches, with their table and code in events and paths. */
public enum CredentialKind {
    LICENSE("license", "licenses", "candidate_licenses"),
    CERTIFICATION("certification", "certifications", "candidate_certifications");

    private final String code;
    private final String path;
    private final String table;

    CredentialKind(String code, String path, String table) {
        this.code = code;
        this.path = path;
        this.table = table;
    }

    public String code() {
        return code;
    }

    /** The path segment of its routes ({@code licenses}). */
    public String path() {
        return path;
    }

    public String table() {
        return table;
    }
}
