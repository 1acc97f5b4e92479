package com.excelmedical.staffing.platform.problems;

/** Which characters text input may not carry: NUL (PostgreSQL cannot store it) and other control characters. */
public final class TextChecks {

    public static final String CONTROL_CHARACTER_MESSAGE = "must not contain control characters";
    public static final String NUL_MESSAGE = "must not contain NUL characters";

    private TextChecks() {
    }

    /** Whether the text has a NUL, which no text column can store. */
    public static boolean hasNul(String text) {
        return text.indexOf('\0') >= 0;
    }

    /**
     * @param allowLineBreaks whether tab, line feed and carriage return are allowed (free text); never NUL
     * @return whether the text has a character of C0 or DEL that is not allowed
     */
    public static boolean hasControlCharacter(String text, boolean allowLineBreaks) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 || c == 0x7F) && !(allowLineBreaks && (c == '\t' || c == '\n' || c == '\r'))) {
                return true;
            }
        }
        return false;
    }
}
