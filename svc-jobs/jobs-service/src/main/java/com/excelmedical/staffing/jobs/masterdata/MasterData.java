package com.excelmedical.staffing.jobs.masterdata;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The reference data (a few hundred rows, changed only by migrations) held in memory, so that checking
 * a specialty, state or city id costs no query. {@link #reload()} reads it again.
 */
@Component
public class MasterData {

    private final JdbcTemplate jdbc;
    private volatile Snapshot snapshot;

    MasterData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<Profession> professions() {
        return snapshot().professions;
    }

    public List<Specialty> specialties() {
        return snapshot().specialties;
    }

    public List<State> states() {
        return snapshot().states;
    }

    public List<Certification> certifications() {
        return snapshot().certifications;
    }

    public List<City> cities() {
        return snapshot().cities;
    }

    public Optional<Profession> profession(UUID id) {
        return Optional.ofNullable(snapshot().professionsById.get(id));
    }

    /** By code ({@code RN}) or name ({@code Registered Nurse}), ignoring case. */
    public Optional<Profession> professionNamed(String codeOrName) {
        return Optional.ofNullable(snapshot().professionsByKey.get(key(codeOrName)));
    }

    public Optional<Specialty> specialty(UUID id) {
        return Optional.ofNullable(snapshot().specialtiesById.get(id));
    }

    /** By code ({@code ICU}) or name ({@code Labor and Delivery}), ignoring case. */
    public Optional<Specialty> specialtyNamed(String codeOrName) {
        return Optional.ofNullable(snapshot().specialtiesByKey.get(key(codeOrName)));
    }

    public Optional<State> state(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(snapshot().statesByCode.get(code.toUpperCase(Locale.ROOT)));
    }

    public Optional<City> city(UUID id) {
        return Optional.ofNullable(snapshot().citiesById.get(id));
    }

    public Optional<City> cityNamed(String stateCode, String name) {
        return Optional.ofNullable(snapshot().citiesByKey.get(key(stateCode + ":" + name)));
    }

    public void reload() {
        snapshot = load();
    }

    private Snapshot snapshot() {
        Snapshot current = snapshot;
        if (current == null) {
            synchronized (this) {
                if (snapshot == null) {
                    snapshot = load();
                }
                current = snapshot;
            }
        }
        return current;
    }

    private Snapshot load() {
        List<Profession> professions = jdbc.query("select id, code, name, description from professions where active order by name",
                (rs, n) -> new Profession(rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("name"), rs.getString("description")));
        List<Specialty> specialties = jdbc.query("""
                        select id, profession_id, code, name, category, required_certifications, demand_level, average_weekly_pay
                        from specialties where active order by name""",
                (rs, n) -> new Specialty(rs.getObject("id", UUID.class), rs.getObject("profession_id", UUID.class), rs.getString("code"),
                        rs.getString("name"), rs.getString("category"),
                        Arrays.asList((String[]) rs.getArray("required_certifications").getArray()), rs.getInt("demand_level"),
                        rs.getBigDecimal("average_weekly_pay")));
        List<State> states = jdbc.query("select code, name from states where active order by name",
                (rs, n) -> new State(rs.getString("code"), rs.getString("name")));
        List<City> cities = jdbc.query("select id, name, state_code, latitude, longitude, population from cities order by state_code, name",
                (rs, n) -> new City(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("state_code"),
                        rs.getDouble("latitude"), rs.getDouble("longitude"), (Integer) rs.getObject("population")));
        List<Certification> certifications = jdbc.query("select id, code, name, description from certifications where active order by code",
                (rs, n) -> new Certification(rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("name"), rs.getString("description")));
        return new Snapshot(professions, specialties, states, cities, certifications);
    }

    private static String key(String value) {
        return value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
    }

    private static final class Snapshot {
        final List<Profession> professions;
        final List<Specialty> specialties;
        final List<State> states;
        final List<City> cities;
        final List<Certification> certifications;
        final Map<UUID, Profession> professionsById;
        final Map<String, Profession> professionsByKey;
        final Map<UUID, Specialty> specialtiesById;
        final Map<String, Specialty> specialtiesByKey;
        final Map<String, State> statesByCode;
        final Map<UUID, City> citiesById;
        final Map<String, City> citiesByKey;

        Snapshot(List<Profession> professions, List<Specialty> specialties, List<State> states, List<City> cities,
                 List<Certification> certifications) {
            this.professions = List.copyOf(professions);
            this.specialties = List.copyOf(specialties);
            this.states = List.copyOf(states);
            this.cities = List.copyOf(cities);
            this.certifications = List.copyOf(certifications);
            professionsById = index(professions, Profession::id);
            professionsByKey = professions.stream().flatMap(p -> java.util.stream.Stream.of(Map.entry(key(p.code()), p), Map.entry(key(p.name()), p)))
                    .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));
            specialtiesById = index(specialties, Specialty::id);
            specialtiesByKey = specialties.stream().flatMap(s -> java.util.stream.Stream.of(Map.entry(key(s.code()), s), Map.entry(key(s.name()), s)))
                    .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));
            statesByCode = index(states, State::code);
            citiesById = index(cities, City::id);
            citiesByKey = index(cities, c -> key(c.stateCode() + ":" + c.name()));
        }

        private static <K, V> Map<K, V> index(List<V> values, Function<V, K> key) {
            return values.stream().collect(Collectors.toUnmodifiableMap(key, Function.identity(), (a, b) -> a));
        }
    }

}
