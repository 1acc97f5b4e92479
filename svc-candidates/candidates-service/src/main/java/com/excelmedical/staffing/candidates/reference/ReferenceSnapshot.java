package com.excelmedical.staffing.candidates.reference;

import com.excelmedical.staffing.candidates.eligibility.CertificationCode;
import com.excelmedical.staffing.candidates.jobs.web.ReferenceClient;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** One read of the reference data, indexed. {@code readAt} is when it was read. */
record ReferenceSnapshot(Instant readAt, Map<UUID, Profession> professionsById, Map<UUID, Specialty> specialtiesById,
                         Map<String, Specialty> specialtiesByCode, List<Certification> certifications,
                         Map<CertificationCode, Certification> certificationsByCode) {

    static ReferenceSnapshot read(ReferenceClient client, Instant now) {
        List<Profession> professions = client.professions().items().stream()
                .map(p -> new Profession(p.id(), p.code(), p.name())).toList();
        List<Specialty> specialties = client.specialties().items().stream()
                .map(s -> new Specialty(s.id(), s.professionId(), s.code().toUpperCase(Locale.ROOT), s.name(),
                        s.requiredCertifications() == null ? List.of()
                                : s.requiredCertifications().stream().map(CertificationCode::of).toList()))
                .toList();
        List<Certification> certifications = client.certifications().items().stream()
                .map(c -> new Certification(CertificationCode.of(c.code()), c.name())).toList();
        return new ReferenceSnapshot(now, index(professions, Profession::id), index(specialties, Specialty::id),
                index(specialties, Specialty::code), List.copyOf(certifications), index(certifications, Certification::code));
    }

    private static <K, V> Map<K, V> index(List<V> values, Function<V, K> key) {
        return values.stream().collect(Collectors.toUnmodifiableMap(key, Function.identity(), (a, b) -> a));
    }
}
