package com.excelmedical.staffing.platform.openapi;

import com.excelmedical.staffing.platform.paging.PageQuery;
import com.excelmedical.staffing.platform.security.CurrentUser;
import com.excelmedical.staffing.platform.security.SecurityProperties;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.servers.Server;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.annotation.AuthenticationPrincipal;

import java.util.List;

/**
 * Makes a servlet service's OpenAPI document say what the service does: every status an operation answers
 * with the {@code Problem} schema, the bearer-token scheme and the roles each operation needs (read from the
 * public routes and {@code @PreAuthorize}), nullable optional fields, anchored patterns, and no current-user
 * parameters. On when springdoc is on the classpath; a controller adds what only it knows with
 * {@code @ApiResponse} (for example a 409).
 */
@AutoConfiguration
@ConditionalOnClass(name = "org.springdoc.core.customizers.GlobalOpenApiCustomizer")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(SecurityProperties.class)
public class OpenApiAutoConfiguration {

    static {
        // the current user is resolved from the token, never sent by the client; a page is documented as its
        // two query parameters (PageParameters)
        SpringDocUtils.getConfig()
                .addRequestWrapperToIgnore(CurrentUser.class, PageQuery.class)
                .addAnnotationsToIgnore(AuthenticationPrincipal.class);
    }

    /** Relative to wherever the document is read: the gateway rewrites it to {@code /api}. */
    @Bean
    @ConditionalOnMissingBean
    OpenAPI platformOpenApi(@Value("${spring.application.name:service}") String name) {
        return new OpenAPI()
                .info(new Info().title(name).version("v1")
                        .description("Errors are RFC 9457 problem details (application/problem+json)."))
                .servers(List.of(new Server().url("/").description("the service itself")));
    }

    @Bean
    OperationContract platformOperationContract(SecurityProperties security) {
        return new OperationContract(PublicOperations.of(security.publicRoutes()));
    }

    @Bean
    DocumentContract platformDocumentContract() {
        return new DocumentContract();
    }

    @Bean
    Nullability platformNullability() {
        return new Nullability();
    }
}
