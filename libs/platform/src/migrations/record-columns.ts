/**
 * Column blocks every business table repeats, for hand-written migrations: `CREATE TABLE … (…, ${RECORD_COLUMNS})`.
 * The text is fixed: a migration that used it keeps creating the same table.
 */

/** Optimistic concurrency and who changed the record when (business records are never deleted). */
export const RECORD_COLUMNS = `version integer NOT NULL,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL,
        updated_by text NOT NULL,
        updated_at timestamptz NOT NULL`;

/** What decides who sees a document record: its 密级 (0–3) and the units and people it concerns. */
export const VISIBILITY_COLUMNS = `secrecy_level smallint NOT NULL CHECK (secrecy_level BETWEEN 0 AND 3),
        unit_ids uuid[] NOT NULL DEFAULT '{}',
        user_ids uuid[] NOT NULL DEFAULT '{}'`;
