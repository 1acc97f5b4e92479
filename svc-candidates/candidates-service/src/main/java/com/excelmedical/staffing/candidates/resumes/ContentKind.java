package com.excelmedical.staffing.candidates.resumes;

/** What the first bytes of an upload say it is, before any closer look. */
enum ContentKind {
    PDF,
    /** A ZIP container: a DOCX if it holds a Word document part, else something else zipped. */
    ZIP,
    /** An OLE2 compound file: an encrypted Office document, or a legacy binary one. */
    OLE2,
    TEXT,
    OTHER
}
