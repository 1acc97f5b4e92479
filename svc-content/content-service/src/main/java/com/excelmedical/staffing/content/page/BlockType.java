package com.excelmedical.staffing.content.page;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The kinds of block a page body is made of. */
public enum BlockType {
    TEXT, HEADING, IMAGE, VIDEO, QUOTE, LIST, TABLE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<BlockType> fromCode(String code) {
        return Arrays.stream(values()).filter(type -> type.code().equals(code)).findFirst();
    }
}
