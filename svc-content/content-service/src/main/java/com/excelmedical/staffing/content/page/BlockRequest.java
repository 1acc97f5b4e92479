package com.excelmedical.staffing.content.page;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * One block of a page as the API carries it: {@code type} says which fields it needs.
 * text: {@code text}; heading: {@code text}, {@code level} (2-4); image: {@code url}, {@code alt}, optional
 * {@code caption}; video: {@code url}, optional {@code thumbnail}, {@code caption}; quote: {@code text},
 * optional {@code attribution}; list: {@code items}, optional {@code style} (bullet, numbered); table:
 * {@code headers}, {@code rows} with as many cells as headers.
 */
public record BlockRequest(@NotBlank @Size(max = 20) String type,
                           @Size(max = 20_000) String text,
                           Integer level,
                           @Size(max = 2048) String url,
                           @Size(max = 500) String alt,
                           @Size(max = 500) String caption,
                           @Size(max = 2048) String thumbnail,
                           @Size(max = 200) String attribution,
                           @Size(max = 20) String style,
                           @Size(max = 200) List<@NotBlank @Size(max = 2000) String> items,
                           @Size(max = 20) List<@NotBlank @Size(max = 200) String> headers,
                           @Size(max = 500) List<@Size(max = 20) List<@Size(max = 2000) String>> rows) {
}
