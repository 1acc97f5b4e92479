package com.excelmedical.staffing.content.page;

import com.excelmedical.staffing.platform.problems.InvalidInputException;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Turns the blocks of a request into typed blocks, refusing one that lacks what its type needs (400 naming the field). */
final class Blocks {

    private Blocks() {
    }

    static List<Block> from(List<BlockRequest> requests) {
        List<Block> blocks = new ArrayList<>(requests.size());
        for (int i = 0; i < requests.size(); i++) {
            blocks.add(from(requests.get(i), "blocks[" + i + "]."));
        }
        return blocks;
    }

    private static Block from(BlockRequest r, String at) {
        BlockType type = BlockType.fromCode(r.type()).orElseThrow(() -> new InvalidInputException(at + "type",
                "must be one of text, heading, image, video, quote, list, table"));
        return switch (type) {
            case TEXT -> new Block.Text(required(r.text(), at + "text"));
            case HEADING -> new Block.Heading(required(r.text(), at + "text"), level(r.level(), at + "level"));
            case IMAGE -> new Block.Image(url(r.url(), at + "url"), required(r.alt(), at + "alt"), r.caption());
            case VIDEO -> new Block.Video(url(r.url(), at + "url"), optionalUrl(r.thumbnail(), at + "thumbnail"), r.caption());
            case QUOTE -> new Block.Quote(required(r.text(), at + "text"), r.attribution());
            case LIST -> new Block.ListItems(style(r.style(), at + "style"), nonEmpty(r.items(), at + "items"));
            case TABLE -> table(r, at);
        };
    }

    private static Block.Table table(BlockRequest r, String at) {
        List<String> headers = nonEmpty(r.headers(), at + "headers");
        List<List<String>> rows = r.rows() == null ? List.of() : r.rows();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i) == null || rows.get(i).size() != headers.size()) {
                throw new InvalidInputException(at + "rows[" + i + "]", "must have " + headers.size() + " cells, one per header");
            }
        }
        return new Block.Table(headers, rows.stream().map(row -> row.stream().map(c -> c == null ? "" : c).toList()).toList());
    }

    private static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "must not be blank for this block type");
        }
        return value;
    }

    private static int level(Integer level, String field) {
        if (level == null || level < 2 || level > 4) {
            throw new InvalidInputException(field, "must be 2, 3 or 4");
        }
        return level;
    }

    private static <T> List<T> nonEmpty(List<T> values, String field) {
        if (values == null || values.isEmpty()) {
            throw new InvalidInputException(field, "must not be empty for this block type");
        }
        return List.copyOf(values);
    }

    private static Block.ListStyle style(String style, String field) {
        if (style == null) {
            return Block.ListStyle.BULLET;
        }
        return switch (style) {
            case "bullet", "numbered" -> Block.ListStyle.valueOf(style.toUpperCase(Locale.ROOT));
            default -> throw new InvalidInputException(field, "must be bullet or numbered");
        };
    }

    private static String optionalUrl(String value, String field) {
        return value == null ? null : url(value, field);
    }

    /** An absolute http(s) URL: no {@code javascript:} or {@code data:} link gets into a page. */
    private static String url(String value, String field) {
        required(value, field);
        try {
            URI uri = new URI(value);
            if (uri.getScheme() != null && (uri.getScheme().equals("https") || uri.getScheme().equals("http")) && uri.getHost() != null) {
                return value;
            }
        } catch (URISyntaxException e) {
            // refused below
        }
        throw new InvalidInputException(field, "must be an absolute http or https URL");
    }
}
