package com.excelmedical.staffing.identity.verification;

import com.excelmedical.staffing.identity.IdentityProperties;
import com.excelmedical.staffing.identity.account.EmailVerification;
import com.excelmedical.staffing.identity.account.Emails;
import com.excelmedical.staffing.identity.account.User;
import com.excelmedical.staffing.identity.account.UserRepository;
import com.excelmedical.staffing.identity.audit.Audit;
import com.excelmedical.staffing.identity.audit.AuditAction;
import com.excelmedical.staffing.identity.web.ClientInfo;
import com.excelmedical.staffing.identity.login.LoginThrottle;
import com.excelmedical.staffing.identity.mail.Mail;
import com.excelmedical.staffing.identity.mail.Mails;
import com.excelmedical.staffing.identity.password.PasswordCheck;
import com.excelmedical.staffing.identity.password.PasswordPolicy;
import com.excelmedical.staffing.identity.session.SecretTokens;
import com.excelmedical.staffing.identity.session.Session;
import com.excelmedical.staffing.identity.session.Sessions;
import com.excelmedical.staffing.platform.problems.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** Email verification and password reset by one-time links. */
@Service
public class Verifications implements EmailVerification {

    private final VerificationTokenRepository tokens;
    private final UserRepository users;
    private final Mails mails;
    private final PasswordPolicy policy;
    private final PasswordCheck passwords;
    private final Sessions sessions;
    private final LoginThrottle throttle;
    private final Audit audit;
    private final IdentityProperties properties;
    private final Clock clock;

    Verifications(VerificationTokenRepository tokens, UserRepository users, Mails mails, PasswordPolicy policy,
                  PasswordCheck passwords, Sessions sessions, LoginThrottle throttle, Audit audit,
                  IdentityProperties properties, Clock clock) {
        this.tokens = tokens;
        this.users = users;
        this.mails = mails;
        this.policy = policy;
        this.passwords = passwords;
        this.sessions = sessions;
        this.throttle = throttle;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    /** Mails a verification link to the user's address, superseding any earlier link. */
    @Transactional
    @Override
    public void sendEmailVerification(UUID userId) {
        User user = users.findById(userId).orElseThrow(() -> new NotFoundException("User", userId));
        if (user.emailVerified() || !user.canLogIn()) {
            return;
        }
        String token = issue(user, VerificationPurpose.EMAIL_VERIFICATION, properties.verification().emailTokenLifetime());
        mails.sendAfterCommit(new Mail(user.id(), user.email(), "Confirm your email address",
                "Open this link to confirm your email address:", link("/verify-email?token=", token)));
    }

    @Transactional
    public void confirmEmail(String token, ClientInfo client) {
        VerificationToken found = use(token, VerificationPurpose.EMAIL_VERIFICATION);
        User user = users.findById(found.userId()).orElseThrow(InvalidVerificationTokenException::new);
        user.verifyEmail(clock.instant());
        audit.record(AuditAction.EMAIL_VERIFIED, user.id(), user.id(), client, null);
    }

    /** Mails a reset link if the email has an active account; the answer is the same either way. */
    @Transactional
    public void requestPasswordReset(String email, ClientInfo client) {
        users.findByEmail(Emails.normalize(email)).filter(User::canLogIn).ifPresent(user -> {
            String token = issue(user, VerificationPurpose.PASSWORD_RESET, properties.verification().passwordResetTokenLifetime());
            audit.record(AuditAction.PASSWORD_RESET_REQUESTED, user.id(), null, client, null);
            mails.sendAfterCommit(new Mail(user.id(), user.email(), "Reset your password",
                    "Open this link to choose a new password:", link("/reset-password?token=", token)));
        });
    }

    /** Sets the new password, ends every session of the account and lifts a lockout. */
    @Transactional
    public void resetPassword(String token, String newPassword, ClientInfo client) {
        policy.check(newPassword);
        VerificationToken found = use(token, VerificationPurpose.PASSWORD_RESET);
        User user = users.findById(found.userId()).orElseThrow(InvalidVerificationTokenException::new);
        user.changePassword(passwords.hash(newPassword), clock.instant());
        sessions.revokeEach(user.id(), Session.PASSWORD_CHANGED);
        throttle.unlock(user.email());
        audit.record(AuditAction.PASSWORD_CHANGED, user.id(), user.id(), client, "by reset link");
    }

    /** Erasure: no token of the user survives. */
    @Transactional
    @Override
    public void forget(UUID userId) {
        tokens.deleteByUserId(userId);
    }

    private String issue(User user, VerificationPurpose purpose, Duration lifetime) {
        Instant now = clock.instant();
        tokens.findByUserIdAndPurpose(user.id(), purpose).forEach(earlier -> earlier.invalidate(now));
        String raw = SecretTokens.generate();
        tokens.save(new VerificationToken(user.id(), purpose, SecretTokens.hash(raw), now, now.plus(lifetime)));
        return raw;
    }

    private VerificationToken use(String raw, VerificationPurpose purpose) {
        VerificationToken found = tokens.findByTokenHash(SecretTokens.hash(raw)).orElseThrow(InvalidVerificationTokenException::new);
        found.use(purpose, clock.instant());
        return found;
    }

    private String link(String path, String token) {
        return properties.mail().linkBaseUrl() + path + token;
    }
}
