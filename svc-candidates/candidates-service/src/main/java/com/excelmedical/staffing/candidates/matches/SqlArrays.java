package com.excelmedical.staffing.candidates.matches;

import org.springframework.jdbc.core.SqlTypeValue;
import org.springframework.jdbc.core.support.AbstractSqlTypeValue;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;

/**
 * Array parameters ({@code j.state_code = ANY (:states)}), bound as typed arrays. A text literal cast in
 * the statement ({@code CAST('{TX,CA}' AS text[])}) is not folded by the planner: it was parsed again for
 * every job scored.
 */
final class SqlArrays {

    private SqlArrays() {
    }

    static SqlTypeValue of(String elementType, Collection<?> values) {
        Object[] elements = values.toArray();
        return new AbstractSqlTypeValue() {
            @Override
            protected Object createTypeValue(Connection connection, int sqlType, String typeName) throws SQLException {
                return connection.createArrayOf(elementType, elements);
            }
        };
    }

    static SqlTypeValue texts(Collection<String> values) {
        return of("text", values);
    }

    static SqlTypeValue uuids(Collection<?> values) {
        return of("uuid", values);
    }
}
