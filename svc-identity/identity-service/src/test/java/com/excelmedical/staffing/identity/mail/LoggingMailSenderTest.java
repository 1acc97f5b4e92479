package com.excelmedical.staffing.identity.mail;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LoggingMailSenderTest {

    @Test
    void masksAllButTheFirstFourCharactersOfTheToken() {
        String masked = LoggingMailSender.mask("http://localhost:8080/reset-password?token=AbCdEfGhIjKlMnOp");
        assertThat(masked).isEqualTo("http://localhost:8080/reset-password?token=AbCd…(masked)").doesNotContain("EfGh");
    }

    @Test
    void hidesALinkWithoutAToken() {
        assertThat(LoggingMailSender.mask("http://localhost/x")).isEqualTo("[link hidden]");
    }
}
