package com.excelmedical.staffing.jobs.job;

import com.excelmedical.staffing.jobs.events.JobEvent;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import org.hibernate.annotations.DynamicUpdate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A job posting, the aggregate of this service. It owns its status rules and its openings, and each change
 * records the event it causes ({@link #takeEvents()}); counters that change without an edit (views) are
 * written elsewhere, so only changed columns are updated.
 */
@Entity
@Table(name = "jobs")
@DynamicUpdate
public class Job {

    /** Jobs created through the API; imported ones carry their feed's name. */
    static final String MANUAL = "manual";

    @Id
    private UUID id;
    private String externalId;
    private String source;
    private String title;
    private String description;
    private UUID professionId;
    private UUID specialtyId;
    private String specialtyName;
    private JobType jobType;
    private String facilityName;
    @Embedded
    private Location location;
    @Embedded
    private Schedule schedule;
    @Embedded
    private Pay pay;
    private int openings;
    private JobStatus status;
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

    @Transient
    private final List<JobEvent> events = new ArrayList<>();

    protected Job() {
    }

    /** A new posting, as a draft or directly active (then published). */
    public static Job create(UUID id, JobFields fields, JobStatus initial, UUID recruiterId, Instant now) {
        if (initial != JobStatus.DRAFT && initial != JobStatus.ACTIVE) {
            throw new IllegalJobTransitionException(JobStatus.DRAFT, initial);
        }
        Job job = new Job();
        job.id = id;
        job.source = MANUAL;
        job.status = initial;
        job.recruiterId = recruiterId;
        job.createdAt = now;
        job.apply(fields, now);
        if (initial == JobStatus.ACTIVE) {
            job.publishedAt = now;
            job.events.add(JobEvents.published(job, now));
        }
        return job;
    }

    /** Replaces the editable fields. Closed, filled and expired jobs are history and stay as they were. */
    public void edit(JobFields fields, Instant now) {
        if (status.isFinal()) {
            throw new JobNotEditableException(status);
        }
        apply(fields, now);
        if (publishedAt != null) {
            events.add(JobEvents.updated(this, now));
        }
    }

    /** Moves the job to {@code target}; the first activation publishes it, any other move is a status change. */
    public void changeStatus(JobStatus target, Instant now) {
        JobStatus from = status;
        if (!from.canMoveTo(target)) {
            throw new IllegalJobTransitionException(from, target);
        }
        status = target;
        updatedAt = now;
        if (target == JobStatus.ACTIVE && publishedAt == null) {
            publishedAt = now;
            events.add(JobEvents.published(this, now));
        } else {
            events.add(JobEvents.statusChanged(this, from, now));
        }
    }

    /** Set by the system once the end date has passed while the job was still open. */
    public void expire(LocalDate today, Instant now) {
        JobStatus from = status;
        if (!from.isOpen() || !schedule.endedBefore(today)) {
            throw new IllegalJobTransitionException(from, JobStatus.EXPIRED);
        }
        status = JobStatus.EXPIRED;
        updatedAt = now;
        events.add(JobEvents.statusChanged(this, from, now));
    }

    public void countApplication() {
        applicationsCount++;
    }

    /** A candidate was placed: one opening fewer; the last opening taken fills the job. */
    public void fillOpening(Instant now) {
        if (openings > 0) {
            openings--;
        }
        updatedAt = now;
        JobStatus from = status;
        if (openings == 0 && from.isOpen()) {
            status = JobStatus.FILLED;
            events.add(JobEvents.statusChanged(this, from, now));
        } else {
            events.add(JobEvents.updated(this, now));
        }
    }

    public boolean isOwnedBy(UUID userId) {
        return recruiterId != null && recruiterId.equals(userId);
    }

    /** The events of the changes made since the last call, oldest first; the caller publishes them. */
    public List<JobEvent> takeEvents() {
        List<JobEvent> taken = List.copyOf(events);
        events.clear();
        return taken;
    }

    private void apply(JobFields f, Instant now) {
        title = f.title();
        description = f.description();
        professionId = f.professionId();
        specialtyId = f.specialtyId();
        specialtyName = f.specialtyName();
        jobType = f.jobType();
        facilityName = f.facilityName();
        location = f.location();
        schedule = f.schedule();
        pay = f.pay();
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

    public UUID id() { return id; }
    public String externalId() { return externalId; }
    public String source() { return source; }
    public String title() { return title; }
    public String description() { return description; }
    public UUID professionId() { return professionId; }
    public UUID specialtyId() { return specialtyId; }
    public String specialtyName() { return specialtyName; }
    public JobType jobType() { return jobType; }
    public String facilityName() { return facilityName; }
    public Location location() { return location; }
    public Schedule schedule() { return schedule; }
    /** Never null: a job whose pay is unknown has {@link Pay#NONE}. */
    public Pay pay() { return pay == null ? Pay.NONE : pay; }
    public int openings() { return openings; }
    public JobStatus status() { return status; }
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
