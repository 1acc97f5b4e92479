package com.excelmedical.staffing.jobs.job;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.DynamicUpdate;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A job posting, the aggregate of this service. It owns its status rules and its openings; counters
 * that change without an edit (views) are written elsewhere, so only changed columns are updated.
 */
@Entity
@Table(name = "jobs")
@DynamicUpdate
public class Job {

    @Id
    private UUID id;
    private String externalId;
    private String source;
    private String title;
    private String description;
    private UUID professionId;
    private UUID specialtyId;
    private String specialtyName;
    private String jobType;
    private String facilityName;
    private UUID cityId;
    private String cityName;
    private String stateCode;
    private String zip;
    private Double latitude;
    private Double longitude;
    private LocalDate startDate;
    private LocalDate endDate;
    private boolean asap;
    private Integer durationWeeks;
    private String shift;
    private LocalTime shiftStart;
    private LocalTime shiftEnd;
    private BigDecimal hoursPerWeek;
    private BigDecimal hourlyPay;
    private BigDecimal weeklyPay;
    private BigDecimal housingStipend;
    private BigDecimal signOnBonus;
    private int openings;
    private String status;
    private boolean featured;
    private boolean urgent;
    private String requirements;
    private String benefits;
    private String seoTitle;
    private String seoDescription;
    private UUID recruiterId;
    @Column(insertable = false, updatable = false)
    private long viewsCount;
    private int applicationsCount;
    private Instant publishedAt;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "job_required_certifications", joinColumns = @JoinColumn(name = "job_id"))
    private List<RequiredCertification> certifications = new ArrayList<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "job_rates", joinColumns = @JoinColumn(name = "job_id"))
    private List<BillRate> rates = new ArrayList<>();

    protected Job() {
    }

    /** A new posting, as a draft or directly active. */
    public static Job create(UUID id, JobFields fields, JobStatus initial, UUID recruiterId, Instant now) {
        if (initial != JobStatus.DRAFT && initial != JobStatus.ACTIVE) {
            throw new IllegalJobTransitionException(JobStatus.DRAFT, initial);
        }
        Job job = new Job();
        job.id = id;
        job.source = "manual";
        job.status = initial.code();
        job.recruiterId = recruiterId;
        job.createdAt = now;
        job.apply(fields, now);
        if (initial == JobStatus.ACTIVE) {
            job.publishedAt = now;
        }
        return job;
    }

    /** Replaces the editable fields. Closed, filled and expired jobs are history and stay as they were. */
    public void edit(JobFields fields, Instant now) {
        if (!status().isOpen() && status() != JobStatus.DRAFT) {
            throw new JobNotEditableException(status());
        }
        apply(fields, now);
    }

    /**
     * Moves the job to {@code target}.
     *
     * @return true when this is the job's first publication (it became active for the first time)
     */
    public boolean changeStatus(JobStatus target, Instant now) {
        JobStatus from = status();
        if (!from.canMoveTo(target)) {
            throw new IllegalJobTransitionException(from, target);
        }
        status = target.code();
        updatedAt = now;
        if (target == JobStatus.ACTIVE && publishedAt == null) {
            publishedAt = now;
            return true;
        }
        return false;
    }

    /** Set by the system once the end date has passed while the job was still open. */
    public void expire(LocalDate today, Instant now) {
        if (!status().isOpen() || endDate == null || !endDate.isBefore(today)) {
            throw new IllegalJobTransitionException(status(), JobStatus.EXPIRED);
        }
        status = JobStatus.EXPIRED.code();
        updatedAt = now;
    }

    public void countApplication() {
        applicationsCount++;
    }

    /**
     * A candidate was placed: one opening fewer; the last opening taken fills the job.
     *
     * @return the status the job left, when the placement filled it
     */
    public Optional<JobStatus> fillOpening(Instant now) {
        if (openings > 0) {
            openings--;
        }
        updatedAt = now;
        if (openings == 0 && status().isOpen()) {
            JobStatus from = status();
            status = JobStatus.FILLED.code();
            return Optional.of(from);
        }
        return Optional.empty();
    }

    public boolean isOwnedBy(UUID userId) {
        return recruiterId != null && recruiterId.equals(userId);
    }

    private void apply(JobFields f, Instant now) {
        title = f.title();
        description = f.description();
        professionId = f.professionId();
        specialtyId = f.specialtyId();
        specialtyName = f.specialtyName();
        jobType = f.jobType();
        facilityName = f.facilityName();
        cityId = f.cityId();
        cityName = f.cityName();
        stateCode = f.stateCode();
        zip = f.zip();
        latitude = f.latitude();
        longitude = f.longitude();
        startDate = f.startDate();
        endDate = f.endDate();
        asap = f.asap();
        durationWeeks = f.durationWeeks();
        shift = f.shift();
        shiftStart = f.shiftStart();
        shiftEnd = f.shiftEnd();
        hoursPerWeek = f.hoursPerWeek();
        hourlyPay = f.hourlyPay();
        weeklyPay = f.weeklyPay();
        housingStipend = f.housingStipend();
        signOnBonus = f.signOnBonus();
        openings = f.openings();
        featured = f.featured();
        urgent = f.urgent();
        requirements = f.requirements();
        benefits = f.benefits();
        seoTitle = f.seoTitle();
        seoDescription = f.seoDescription();
        certifications.clear();
        certifications.addAll(f.certifications());
        rates.clear();
        rates.addAll(f.rates());
        updatedAt = now;
    }

    public JobStatus status() {
        return JobStatus.fromCode(status).orElseThrow();
    }

    public UUID id() { return id; }
    public String externalId() { return externalId; }
    public String source() { return source; }
    public String title() { return title; }
    public String description() { return description; }
    public UUID professionId() { return professionId; }
    public UUID specialtyId() { return specialtyId; }
    public String specialtyName() { return specialtyName; }
    public String jobType() { return jobType; }
    public String facilityName() { return facilityName; }
    public UUID cityId() { return cityId; }
    public String cityName() { return cityName; }
    public String stateCode() { return stateCode; }
    public String zip() { return zip; }
    public Double latitude() { return latitude; }
    public Double longitude() { return longitude; }
    public LocalDate startDate() { return startDate; }
    public LocalDate endDate() { return endDate; }
    public boolean asap() { return asap; }
    public Integer durationWeeks() { return durationWeeks; }
    public String shift() { return shift; }
    public LocalTime shiftStart() { return shiftStart; }
    public LocalTime shiftEnd() { return shiftEnd; }
    public BigDecimal hoursPerWeek() { return hoursPerWeek; }
    public BigDecimal hourlyPay() { return hourlyPay; }
    public BigDecimal weeklyPay() { return weeklyPay; }
    public BigDecimal housingStipend() { return housingStipend; }
    public BigDecimal signOnBonus() { return signOnBonus; }
    public int openings() { return openings; }
    public boolean featured() { return featured; }
    public boolean urgent() { return urgent; }
    public String requirements() { return requirements; }
    public String benefits() { return benefits; }
    public String seoTitle() { return seoTitle; }
    public String seoDescription() { return seoDescription; }
    public UUID recruiterId() { return recruiterId; }
    public long viewsCount() { return viewsCount; }
    public int applicationsCount() { return applicationsCount; }
    public Instant publishedAt() { return publishedAt; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
    public long version() { return version; }
    public List<RequiredCertification> certifications() { return List.copyOf(certifications); }
    public List<BillRate> rates() { return List.copyOf(rates); }
}
