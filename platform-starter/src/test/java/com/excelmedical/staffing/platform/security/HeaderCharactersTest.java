package com.excelmedical.staffing.platform.security;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.RequestRejectedException;

import java.util.Random;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The loop accepts exactly what the firewall's default expressions accept. */
class HeaderCharactersTest {

    // StrictHttpFirewall's defaults for header names and header values
    private static final Pattern NAMES = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");
    private static final Pattern VALUES = Pattern.compile("[\\p{IsAssigned}&&[[^\\p{IsControl}]||\\t]]*");

    @Test
    void agreesWithTheDefaultExpressionsOnChosenText() {
        String[] texts = {"", "Bearer eyJhbGciOiJSUzI1NiJ9.e30.c2ln", "text/html; q=0.9", "a\tb", "\t", "a\u0000b", "\u007f",
                "\u0085", "\u00a0", "café", "\u0378", "\uffff", "\ud83d\ude00", "\ud83d", "\ude00x", "a\r\nb", "\u2028", "\u200b",
                "\udb40\udc01", "\u0019", " "};
        for (String text : texts) {
            assertSameVerdict(text);
        }
    }

    @Test
    void agreesWithTheDefaultExpressionsOnRandomCodePoints() {
        Random random = new Random(11);
        for (int i = 0; i < 50_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(6);
            for (int c = 0; c < length; c++) {
                int pick = random.nextInt(4);
                if (pick == 0) {
                    text.append((char) (0x20 + random.nextInt(0x5f)));
                } else if (pick == 1) {
                    text.append((char) random.nextInt(0xa0));
                } else if (pick == 2) {
                    text.append((char) random.nextInt(0x10000));
                } else {
                    text.appendCodePoint(random.nextInt(Character.MAX_CODE_POINT + 1));
                }
            }
            assertSameVerdict(text.toString());
        }
    }

    @Test
    void theFirewallRefusesAControlCharacterInAHeaderItReads() {
        HttpFirewall firewall = HeaderCharacters.firewall();
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/things");
        request.addHeader("X-Note", "one\u0007two");
        request.addHeader("X-Tab", "one\ttwo");

        var checked = firewall.getFirewalledRequest(request);

        assertThat(checked.getHeader("X-Tab")).isEqualTo("one\ttwo");
        assertThatThrownBy(() -> checked.getHeader("X-Note")).isInstanceOf(RequestRejectedException.class);
    }

    private static void assertSameVerdict(String text) {
        assertThat(HeaderCharacters.allowed(text, false)).as("name %s", codePoints(text)).isEqualTo(NAMES.matcher(text).matches());
        assertThat(HeaderCharacters.allowed(text, true)).as("value %s", codePoints(text)).isEqualTo(VALUES.matcher(text).matches());
    }

    private static String codePoints(String text) {
        return text.chars().mapToObj(c -> String.format("U+%04X", c)).toList().toString();
    }
}
