package com.excelmedical.staffing.content.page;

import java.util.List;

/**
 * One typed piece of a page's body, in order. Text is kept as the characters the editor typed: the API
 * never turns it into markup, and whoever renders it escapes it.
 */
public sealed interface Block {

    BlockType type();

    record Text(String text) implements Block {
        public BlockType type() {
            return BlockType.TEXT;
        }
    }

    /** @param level 2 to 4 (the page title is the level-1 heading) */
    record Heading(String text, int level) implements Block {
        public BlockType type() {
            return BlockType.HEADING;
        }
    }

    record Image(String url, String alt, String caption) implements Block {
        public BlockType type() {
            return BlockType.IMAGE;
        }
    }

    record Video(String url, String thumbnail, String caption) implements Block {
        public BlockType type() {
            return BlockType.VIDEO;
        }
    }

    record Quote(String text, String attribution) implements Block {
        public BlockType type() {
            return BlockType.QUOTE;
        }
    }

    record ListItems(ListStyle style, List<String> items) implements Block {
        public BlockType type() {
            return BlockType.LIST;
        }
    }

    /** Every row has as many cells as there are headers. */
    record Table(List<String> headers, List<List<String>> rows) implements Block {
        public BlockType type() {
            return BlockType.TABLE;
        }
    }

    enum ListStyle { BULLET, NUMBERED }
}
