-- How many of an import's written rows were already there: customers that existed and were
-- updated, or events already stored (skipped). rows_imported keeps counting every customer
-- written and every new event.
alter table import_job add column rows_existing bigint not null default 0;
