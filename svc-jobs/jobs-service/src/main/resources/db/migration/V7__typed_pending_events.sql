-- The event an import records on a job row becomes a closed set of codes, and the status a job left
-- (for a status change) a column of its own, instead of 'JobStatusChanged:<from>' text.
alter table jobs add column pending_from_status varchar(20) references job_statuses (code);

update jobs set pending_from_status = substring(pending_event from length('JobStatusChanged:') + 1)
where pending_event like 'JobStatusChanged:%';

update jobs set pending_event = case
        when pending_event = 'JobPublished' then 'published'
        when pending_event = 'JobUpdated' then 'updated'
        when pending_event like 'JobStatusChanged:%' then 'status_changed'
        else pending_event end
where pending_event is not null;

-- an unknown marker left over fails this migration instead of being dropped
alter table jobs add constraint jobs_pending_event_known
    check (pending_event in ('published', 'updated', 'status_changed'));
alter table jobs add constraint jobs_pending_status_change_has_its_origin
    check (pending_event is distinct from 'status_changed' or pending_from_status is not null);
alter table jobs add constraint jobs_pending_origin_only_for_status_changes
    check (pending_from_status is null or pending_event = 'status_changed');
