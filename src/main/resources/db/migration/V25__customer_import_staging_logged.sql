-- Staged rows wait for the user's decision, possibly across a database crash: unlogged tables
-- are emptied by crash recovery, after which a checked job had nothing left to import (and
-- called its whole file "stored before"). Logged, they survive like every other table.
alter table import_staged_customer set logged;
alter table import_staged_event set logged;
