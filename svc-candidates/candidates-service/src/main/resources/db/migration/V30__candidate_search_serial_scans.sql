-- Candidate search: no parallel workers for the search tables. A search reads a few thousand index entries at
-- most; two workers started for each of many concurrent searches cost more than they save (each start is a
-- process's work, and the cores are already busy with the other searches).
ALTER TABLE candidate_search SET (parallel_workers = 0);
ALTER TABLE candidate_search_licenses SET (parallel_workers = 0);
ALTER TABLE candidate_search_certifications SET (parallel_workers = 0);
