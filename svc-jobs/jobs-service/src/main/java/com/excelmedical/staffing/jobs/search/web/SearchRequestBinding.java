package com.excelmedical.staffing.jobs.search.web;

import com.excelmedical.staffing.jobs.search.JobSearchRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.annotation.ServletModelAttributeMethodProcessor;

import java.lang.reflect.Constructor;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Binds the query parameters of {@code GET /jobs} to a {@link JobSearchRequest} with the constructor's
 * parameters described once at startup. Spring's constructor binding describes them again on every request
 * (it parses the parameter annotations and generic signatures of all 16 parameters each time), which
 * profiling showed as a third of the service's CPU per search. Only the plain case takes this path: every
 * parameter a single query value that converts and validates. Anything else (a value that does not
 * convert, a constraint violated, a repeated parameter, a field marker such as {@code _featured}, a header
 * or path variable of the same name) goes through Spring's own binding, so that errors and their problem
 * details stay exactly as before.
 */
@Configuration(proxyBeanMethods = false)
class SearchRequestBinding implements WebMvcConfigurer {

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new Resolver());
    }

    static final class Resolver implements HandlerMethodArgumentResolver {

        private final ServletModelAttributeMethodProcessor spring = new ServletModelAttributeMethodProcessor(true);
        private final Constructor<JobSearchRequest> constructor = BeanUtils.getResolvableConstructor(JobSearchRequest.class);
        private final String[] names = BeanUtils.getParameterNames(constructor);
        private final MethodParameter[] parameters = new MethodParameter[names.length];
        private final Set<String> lowerCaseNames = new HashSet<>();

        Resolver() {
            for (int i = 0; i < names.length; i++) {
                parameters[i] = MethodParameter.forFieldAwareConstructor(constructor, i, names[i]);
                parameters[i].getParameterAnnotations(); // described once here, then cached by the instance
                lowerCaseNames.add(names[i].toLowerCase(Locale.ROOT));
            }
        }

        @Override
        public boolean supportsParameter(MethodParameter parameter) {
            return parameter.getParameterType() == JobSearchRequest.class && parameter.hasParameterAnnotation(Valid.class);
        }

        @Override
        public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer, NativeWebRequest webRequest,
                                      WebDataBinderFactory binderFactory) throws Exception {
            JobSearchRequest request = plainCase(webRequest, binderFactory);
            if (request != null) {
                WebDataBinder binder = binderFactory.createBinder(webRequest, request, "jobSearchRequest");
                binder.validate();
                if (!binder.getBindingResult().hasErrors()) {
                    return request;
                }
            }
            return spring.resolveArgument(parameter, mavContainer, webRequest, binderFactory);
        }

        /** The request built from single query values that all convert, or null to leave it to Spring. */
        private JobSearchRequest plainCase(NativeWebRequest webRequest, WebDataBinderFactory binderFactory) throws Exception {
            HttpServletRequest http = webRequest.getNativeRequest(HttpServletRequest.class);
            if (http == null || http.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> vars
                    && !vars.isEmpty()) {
                return null;
            }
            for (Enumeration<String> headers = http.getHeaderNames(); headers.hasMoreElements(); ) {
                if (lowerCaseNames.contains(headers.nextElement().replace("-", "").toLowerCase(Locale.ROOT))) {
                    return null;
                }
            }
            WebDataBinder converter = binderFactory.createBinder(webRequest, null, "jobSearchRequest");
            Object[] args = new Object[names.length];
            for (int i = 0; i < names.length; i++) {
                String[] values = http.getParameterValues(names[i]);
                if (values == null) {
                    if (http.getParameter(WebDataBinder.DEFAULT_FIELD_DEFAULT_PREFIX + names[i]) != null
                            || http.getParameter(WebDataBinder.DEFAULT_FIELD_MARKER_PREFIX + names[i]) != null) {
                        return null;
                    }
                    continue;
                }
                if (values.length != 1) {
                    return null;
                }
                try {
                    args[i] = converter.convertIfNecessary(values[0], parameters[i].getParameterType(), parameters[i]);
                } catch (TypeMismatchException e) {
                    return null;
                }
            }
            return BeanUtils.instantiateClass(constructor, args);
        }
    }
}
