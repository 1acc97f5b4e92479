package com.excelmedical.staffing.identity.admin;

import com.excelmedical.staffing.identity.account.Accounts;
import com.excelmedical.staffing.identity.account.Emails;
import com.excelmedical.staffing.identity.account.NewUser;
import com.excelmedical.staffing.identity.account.UserRepository;
import com.excelmedical.staffing.identity.web.ClientInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import java.util.Set;

/**
 * Creates the first admin from {@code staffing.identity.bootstrap-admin.email} and {@code .password}
 * (env {@code IDENTITY_ADMIN_EMAIL}, {@code IDENTITY_ADMIN_PASSWORD}) when no account has that email;
 * every other staff account is then created by an admin.
 */
@Component
@ConditionalOnProperty(prefix = "staffing.identity.bootstrap-admin", name = "email")
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final Accounts accounts;
    private final UserRepository users;
    private final Environment environment;

    AdminBootstrap(Accounts accounts, UserRepository users, Environment environment) {
        this.accounts = accounts;
        this.users = users;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) {
        String email = environment.getProperty("staffing.identity.bootstrap-admin.email");
        String password = environment.getProperty("staffing.identity.bootstrap-admin.password");
        if (email == null || email.isBlank() || password == null || users.existsByEmail(Emails.normalize(email))) {
            return;
        }
        var admin = accounts.createByAdmin(new NewUser(email, "Platform", "Admin", null, null, false, false), password,
                Set.of("admin"), null, ClientInfo.NONE);
        log.info("Bootstrap admin account created: user {}", admin.id());
    }
}
