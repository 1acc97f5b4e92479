package com.excelmedical.staffing.candidates.search;

import org.postgresql.PGStatement;
import org.springframework.jdbc.core.PreparedStatementCreator;
import org.springframework.jdbc.core.PreparedStatementCreatorFactory;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterUtils;
import org.springframework.jdbc.core.namedparam.ParsedSql;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

import java.sql.PreparedStatement;

/**
 * Runs a search statement planned for its own values every time. The PostgreSQL driver turns a statement run five
 * times on a connection into a server-side prepared one, and PostgreSQL may then keep a generic plan for it, which
 * knows neither the text nor the state: {@code websearch_to_tsquery} is parsed again for every row read and ranked,
 * and the text's and the filters' selectivity is a guess. Planning the search statement costs under a millisecond.
 */
final class CustomPlans {

    private CustomPlans() {
    }

    static void query(NamedParameterJdbcTemplate jdbc, String sql, SqlParameterSource params, RowCallbackHandler rows) {
        ParsedSql parsed = NamedParameterUtils.parseSqlStatement(sql);
        PreparedStatementCreatorFactory factory = new PreparedStatementCreatorFactory(NamedParameterUtils.substituteNamedParameters(parsed,
                params), NamedParameterUtils.buildSqlParameterList(parsed, params));
        PreparedStatementCreator statement = factory.newPreparedStatementCreator(NamedParameterUtils.buildValueArray(parsed, params, null));
        jdbc.getJdbcTemplate().query(connection -> {
            PreparedStatement prepared = statement.createPreparedStatement(connection);
            // 0: never a server-side prepared statement, so never a generic plan
            prepared.unwrap(PGStatement.class).setPrepareThreshold(0);
            return prepared;
        }, rows);
    }
}
