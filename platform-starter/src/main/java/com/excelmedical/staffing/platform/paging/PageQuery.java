package com.excelmedical.staffing.platform.paging;

import com.excelmedical.staffing.platform.problems.InvalidInputException;

/**
 * A page asked for by the {@code page} (from 0) and {@code size} query parameters, within bounds every
 * database query can take: {@code size} 1 to {@value #MAX_SIZE}, and the offset {@code page * size} within
 * {@value #MAX_OFFSET}. Declare it as a controller parameter; a value out of bounds is a 400 naming it.
 */
public record PageQuery(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    /** Far beyond any list a person pages through, and far below an {@code int} offset's overflow. */
    public static final long MAX_OFFSET = 1_000_000;

    public PageQuery {
        if (page < 0) {
            throw new InvalidInputException("page", "must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidInputException("size", "must be between 1 and " + MAX_SIZE);
        }
        if ((long) page * size > MAX_OFFSET) {
            throw new InvalidInputException("page", "must not skip more than " + MAX_OFFSET + " items (page * size)");
        }
    }

    public static PageQuery first(int size) {
        return new PageQuery(0, size);
    }

    /** How many items the page skips. */
    public long offset() {
        return (long) page * size;
    }
}
