package com.excelmedical.staffing.jobs.importing;

import com.excelmedical.staffing.jobs.job.Money;

import java.sql.Types;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The job columns an import writes, declared once: the COPY of new rows, the update of changed rows and the
 * content hash all go through this list, in this order.
 */
final class ImportColumns {

    /** A column, the JDBC type its value is bound as, and where the value comes from (enums as their codes). */
    record Column(String name, int sqlType, Function<ImportRow, Object> source) {

        Object value(ImportRow row) {
            return source.apply(row);
        }
    }

    static final List<Column> JOB = List.of(
            new Column("external_id", Types.VARCHAR, ImportRow::externalId),
            new Column("title", Types.VARCHAR, ImportRow::title),
            new Column("description", Types.VARCHAR, ImportRow::description),
            new Column("profession_id", Types.OTHER, ImportRow::professionId),
            new Column("specialty_id", Types.OTHER, ImportRow::specialtyId),
            new Column("specialty_name", Types.VARCHAR, ImportRow::specialtyName),
            new Column("job_type", Types.VARCHAR, r -> r.jobType().code()),
            new Column("facility_name", Types.VARCHAR, ImportRow::facilityName),
            new Column("city_id", Types.OTHER, r -> r.location().cityId()),
            new Column("city_name", Types.VARCHAR, r -> r.location().cityName()),
            new Column("state_code", Types.VARCHAR, r -> r.location().stateCode()),
            new Column("zip", Types.VARCHAR, r -> r.location().zip()),
            new Column("latitude", Types.DOUBLE, r -> r.location().latitude()),
            new Column("longitude", Types.DOUBLE, r -> r.location().longitude()),
            new Column("start_date", Types.DATE, r -> r.schedule().startDate()),
            new Column("end_date", Types.DATE, r -> r.schedule().endDate()),
            new Column("asap", Types.BOOLEAN, r -> r.schedule().asap()),
            new Column("duration_weeks", Types.INTEGER, r -> r.schedule().durationWeeks()),
            new Column("shift", Types.VARCHAR, r -> r.schedule().shift() == null ? null : r.schedule().shift().code()),
            new Column("shift_start", Types.TIME, r -> r.schedule().shiftStart()),
            new Column("shift_end", Types.TIME, r -> r.schedule().shiftEnd()),
            new Column("hours_per_week", Types.NUMERIC, r -> r.schedule().hoursPerWeek()),
            new Column("hourly_pay", Types.NUMERIC, r -> Money.amountOf(r.pay().hourly())),
            new Column("weekly_pay", Types.NUMERIC, r -> Money.amountOf(r.pay().weekly())),
            new Column("housing_stipend", Types.NUMERIC, r -> Money.amountOf(r.pay().housingStipend())),
            new Column("sign_on_bonus", Types.NUMERIC, r -> Money.amountOf(r.pay().signOnBonus())),
            new Column("openings", Types.INTEGER, ImportRow::openings),
            new Column("featured", Types.BOOLEAN, ImportRow::featured),
            new Column("urgent", Types.BOOLEAN, ImportRow::urgent),
            new Column("seo_title", Types.VARCHAR, ImportRow::seoTitle),
            new Column("seo_description", Types.VARCHAR, ImportRow::seoDescription),
            new Column("status", Types.VARCHAR, r -> r.status().code()));

    /** {@code external_id, title, ...}: the names for a column list. */
    static final String NAMES = JOB.stream().map(Column::name).collect(Collectors.joining(", "));

    /** {@code external_id = ?, title = ?, ...}: the assignments of an update. */
    static final String ASSIGNMENTS = JOB.stream().map(c -> c.name() + " = ?").collect(Collectors.joining(", "));

    private ImportColumns() {
    }
}
