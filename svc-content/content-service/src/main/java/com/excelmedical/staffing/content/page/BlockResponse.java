package com.excelmedical.staffing.content.page;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/** One block of a page, with the fields of its type only. Text is the characters stored, never markup. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BlockResponse(String type, String text, Integer level, String url, String alt, String caption,
                            String thumbnail, String attribution, String style, List<String> items,
                            List<String> headers, List<List<String>> rows) {

    static BlockResponse of(Block block) {
        String type = block.type().code();
        return switch (block) {
            case Block.Text b -> new BlockResponse(type, b.text(), null, null, null, null, null, null, null, null, null, null);
            case Block.Heading b -> new BlockResponse(type, b.text(), b.level(), null, null, null, null, null, null, null, null, null);
            case Block.Image b -> new BlockResponse(type, null, null, b.url(), b.alt(), b.caption(), null, null, null, null, null, null);
            case Block.Video b -> new BlockResponse(type, null, null, b.url(), null, b.caption(), b.thumbnail(), null, null, null, null, null);
            case Block.Quote b -> new BlockResponse(type, b.text(), null, null, null, null, null, b.attribution(), null, null, null, null);
            case Block.ListItems b -> new BlockResponse(type, null, null, null, null, null, null, null,
                    b.style().name().toLowerCase(java.util.Locale.ROOT), b.items(), null, null);
            case Block.Table b -> new BlockResponse(type, null, null, null, null, null, null, null, null, null, b.headers(), b.rows());
        };
    }
}
