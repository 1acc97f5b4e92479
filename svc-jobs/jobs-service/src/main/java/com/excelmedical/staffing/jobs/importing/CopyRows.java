package com.excelmedical.staffing.jobs.importing;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Streams rows into a table with PostgreSQL's {@code COPY ... FROM STDIN} (text format) on the
 * transaction's own connection: the fastest way to add many new rows, several times a batched INSERT.
 */
final class CopyRows {

    private static final int FLUSH_BYTES = 1 << 20;

    private CopyRows() {
    }

    /** A row being written: values in column order; null becomes SQL NULL. */
    static final class Line {
        private final StringBuilder text;
        private boolean first = true;

        private Line(StringBuilder text) {
            this.text = text;
        }

        Line add(Object value) {
            if (!first) {
                text.append('\t');
            }
            first = false;
            if (value == null) {
                text.append("\\N");
            } else if (value instanceof Boolean b) {
                text.append(b ? 't' : 'f');
            } else if (value instanceof java.math.BigDecimal d) {
                text.append(d.toPlainString());
            } else {
                escape(value.toString());
            }
            return this;
        }

        private void escape(String value) {
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                switch (c) {
                    case '\\' -> text.append("\\\\");
                    case '\t' -> text.append("\\t");
                    case '\n' -> text.append("\\n");
                    case '\r' -> text.append("\\r");
                    default -> text.append(c);
                }
            }
        }
    }

    static <T> long copy(JdbcTemplate jdbc, String table, String columns, List<T> rows, BiConsumer<T, Line> writer) {
        if (rows.isEmpty()) {
            return 0;
        }
        Long copied = jdbc.execute((ConnectionCallback<Long>) connection -> {
            CopyIn in = connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("copy " + table + " (" + columns + ") from stdin (format text)");
            try {
                StringBuilder text = new StringBuilder(FLUSH_BYTES + 8192);
                for (T row : rows) {
                    Line line = new Line(text);
                    writer.accept(row, line);
                    text.append('\n');
                    if (text.length() >= FLUSH_BYTES) {
                        write(in, text);
                    }
                }
                write(in, text);
                return in.endCopy();
            } catch (SQLException | RuntimeException e) {
                if (in.isActive()) {
                    in.cancelCopy();
                }
                throw e;
            }
        });
        return copied == null ? 0 : copied;
    }

    private static void write(CopyIn in, StringBuilder text) throws SQLException {
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        in.writeToCopy(bytes, 0, bytes.length);
        text.setLength(0);
    }
}
