package com.excelmedical.staffing.content.reference;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The reference copy of svc-jobs' master data this service needs: state codes and specialties, read at
 * start-up from {@code reference/*.csv}. Ids are derived the way svc-jobs' migrations derive them
 * ({@code md5('specialty:' || code)}, {@code md5('city:' || state || ':' || name)}), so they match its ids.
 */
@Component
public class ReferenceData {

    private final Map<String, String> states;
    private final Map<String, Specialty> bySlug;
    private final Map<UUID, Specialty> byId;

    public ReferenceData() {
        this.states = rows("reference/states.csv").stream()
                .collect(Collectors.toMap(row -> row[0], row -> row[1], (a, b) -> a, LinkedHashMap::new));
        List<Specialty> specialties = rows("reference/specialties.csv").stream()
                .map(row -> new Specialty(md5Uuid("specialty:" + row[0]), row[0], row[1], Slugs.of(row[1])))
                .toList();
        this.bySlug = specialties.stream().collect(Collectors.toMap(Specialty::slug, Function.identity()));
        this.byId = specialties.stream().collect(Collectors.toMap(Specialty::id, Function.identity()));
    }

    public boolean isState(String code) {
        return code != null && states.containsKey(code);
    }

    public Optional<Specialty> specialtyBySlug(String slug) {
        return Optional.ofNullable(bySlug.get(slug));
    }

    public Optional<Specialty> specialty(UUID id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The id svc-jobs gives the city of this name in this state. */
    public static UUID cityId(String stateCode, String cityName) {
        return md5Uuid("city:" + stateCode + ":" + cityName);
    }

    /** PostgreSQL's {@code md5(text)::uuid}: the 16 bytes of the digest as a UUID, no version bits set. */
    static UUID md5Uuid(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8));
            String hex = HexFormat.of().formatHex(digest);
            return UUID.fromString(hex.replaceFirst("(.{8})(.{4})(.{4})(.{4})(.{12})", "$1-$2-$3-$4-$5"));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String[]> rows(String path) {
        try {
            String text = new ClassPathResource(path).getContentAsString(StandardCharsets.UTF_8);
            return text.lines().filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split(",", 2)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
