package com.excelmedical.staffing.identity.mail;

import com.excelmedical.staffing.identity.IdentityProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

import java.util.Locale;

/** {@code staffing.identity.mail.transport}: {@code log} (default) or {@code smtp} (needs {@code spring.mail.host}). */
@Configuration(proxyBeanMethods = false)
class MailConfiguration {

    @Bean
    @ConditionalOnMissingBean(MailSender.class)
    MailSender mailSender(IdentityProperties properties, ObjectProvider<JavaMailSender> smtp) {
        IdentityProperties.Mail mail = properties.mail();
        return switch (mail.transport().toLowerCase(Locale.ROOT)) {
            case "log" -> new LoggingMailSender(mail.logFullLinks());
            case "smtp" -> new SmtpMailSender(smtp.getIfAvailable(() -> {
                throw new IllegalStateException("staffing.identity.mail.transport=smtp needs spring.mail.host");
            }), mail.from());
            default -> throw new IllegalStateException("staffing.identity.mail.transport must be log or smtp, not "
                    + mail.transport());
        };
    }
}
