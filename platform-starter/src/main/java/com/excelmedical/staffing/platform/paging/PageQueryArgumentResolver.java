package com.excelmedical.staffing.platform.paging;

import com.excelmedical.staffing.platform.problems.InvalidInputException;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Binds a {@link PageQuery} controller parameter from the {@code page} and {@code size} query parameters. */
class PageQueryArgumentResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == PageQuery.class;
    }

    @Override
    public PageQuery resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer, NativeWebRequest request,
                                     WebDataBinderFactory binderFactory) {
        return new PageQuery(number(request, "page", 0), number(request, "size", PageQuery.DEFAULT_SIZE));
    }

    private static int number(NativeWebRequest request, String name, int fallback) {
        String[] values = request.getParameterValues(name);
        if (values == null || values.length == 0 || values[0].isBlank()) {
            return fallback;
        }
        if (values.length > 1) {
            throw new InvalidInputException(name, "must be given once");
        }
        try {
            return Integer.parseInt(values[0].strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(name, "must be a whole number");
        }
    }
}
