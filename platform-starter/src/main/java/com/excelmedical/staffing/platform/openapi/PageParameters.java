package com.excelmedical.staffing.platform.openapi;

import com.excelmedical.staffing.platform.paging.PageQuery;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import org.springframework.web.method.HandlerMethod;

import java.math.BigDecimal;
import java.util.Arrays;

/** A {@link PageQuery} argument is two query parameters on the wire, {@code page} and {@code size}, with their bounds. */
final class PageParameters {

    private PageParameters() {
    }

    static void add(Operation operation, HandlerMethod handler) {
        if (Arrays.stream(handler.getMethodParameters()).noneMatch(parameter -> parameter.getParameterType() == PageQuery.class)) {
            return;
        }
        operation.addParametersItem(new Parameter().in("query").name("page").required(false)
                .description("The page, from 0; page * size at most " + PageQuery.MAX_OFFSET)
                .schema(new IntegerSchema().minimum(BigDecimal.ZERO)._default(0)));
        operation.addParametersItem(new Parameter().in("query").name("size").required(false)
                .description("Items per page")
                .schema(new IntegerSchema().minimum(BigDecimal.ONE).maximum(BigDecimal.valueOf(PageQuery.MAX_SIZE))
                        ._default(PageQuery.DEFAULT_SIZE)));
    }
}
