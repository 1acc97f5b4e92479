package com.excelmedical.staffing.candidates;

import com.github.tomakehurst.wiremock.WireMockServer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

/**
 * svc-jobs' reference data as the stand-in answers it: a part of svc-jobs' own rows, with the same ids
 * (svc-jobs derives them as {@code md5('kind:code')}), so tests can name a specialty by {@link #specialtyId}.
 */
public final class ReferenceStandIn {

    /** code, profession, required certifications */
    private static final List<List<String>> SPECIALTIES = List.of(
            List.of("ICU", "RN", "BLS,ACLS"),
            List.of("ER", "RN", "BLS,ACLS,PALS,TNCC"),
            List.of("MEDSURG", "RN", "BLS"),
            List.of("TELE", "RN", "BLS,ACLS"),
            List.of("NICU", "RN", "BLS,NRP"),
            List.of("LD", "RN", "BLS,NRP,AWHONN"),
            List.of("LPN_LTC", "LPN", "BLS"));
    private static final List<String> PROFESSIONS = List.of("RN", "LPN", "CNA", "NP");
    private static final List<String> CERTIFICATIONS = List.of("BLS", "ACLS", "PALS", "NRP", "TNCC", "ENPC", "CCRN",
            "CEN", "NIHSS", "AWHONN", "CHEMO", "CPI", "ARRT_CT");

    private ReferenceStandIn() {
    }

    public static UUID specialtyId(String code) {
        return id("specialty:" + code);
    }

    /** The profession code of a specialty the stand-in serves ({@code ICU} → {@code RN}). */
    public static String professionOf(String specialtyCode) {
        return SPECIALTIES.stream().filter(s -> s.get(0).equals(specialtyCode)).map(s -> s.get(1)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no specialty " + specialtyCode));
    }

    public static UUID professionId(String code) {
        return id("profession:" + code);
    }

    static void stub(WireMockServer server) {
        stub(server, "/jobs/professions", PROFESSIONS.stream()
                .map(code -> """
                        {"id": "%s", "code": "%s", "name": "%s"}""".formatted(professionId(code), code, code))
                .collect(Collectors.joining(",")));
        stub(server, "/jobs/specialties", SPECIALTIES.stream()
                .map(s -> """
                        {"id": "%s", "professionId": "%s", "code": "%s", "name": "%s", "requiredCertifications": [%s]}"""
                        .formatted(specialtyId(s.get(0)), professionId(s.get(1)), s.get(0), s.get(0),
                                List.of(s.get(2).split(",")).stream().map(c -> '"' + c + '"').collect(Collectors.joining(","))))
                .collect(Collectors.joining(",")));
        stub(server, "/jobs/certifications", CERTIFICATIONS.stream()
                .map(code -> """
                        {"id": "%s", "code": "%s", "name": "%s certification"}""".formatted(id("certification:" + code), code, code))
                .collect(Collectors.joining(",")));
    }

    private static void stub(WireMockServer server, String path, String items) {
        server.stubFor(get(urlEqualTo(path)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"items\": [" + items + "]}")));
    }

    /** {@code md5(text)::uuid} as PostgreSQL computes it. */
    private static UUID id(String text) {
        try {
            String hex = HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
            return UUID.fromString(hex.replaceFirst("(.{8})(.{4})(.{4})(.{4})(.{12})", "$1-$2-$3-$4-$5"));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
