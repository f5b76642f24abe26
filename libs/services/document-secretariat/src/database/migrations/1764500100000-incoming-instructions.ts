import { migrationSchema, VISIBILITY_COLUMNS } from '@gov/platform';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 收文, 请示 from units, 领导批示, the recipients' copies (分办/传阅/转达 with read receipts), 催办 records and the 机要递送
 * log. Every table carries secrecy_level, unit_ids and user_ids so that lists filter by the confidentiality rule in SQL.
 * Nothing here is ever deleted; each step is also on the shared timeline (record_event).
 */
export class IncomingInstructions1764500100000 implements MigrationInterface {
  name = 'IncomingInstructions1764500100000';

  async up(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    const audit = `version integer NOT NULL DEFAULT 1,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL,
        updated_by text NOT NULL,
        updated_at timestamptz NOT NULL`;
    const visibility = `${VISIBILITY_COLUMNS}`;
    const holder = `holder_kind text CHECK (holder_kind IN ('user', 'unit', 'section')),
        holder_id text,
        holder_name text,
        held_since timestamptz`;
    await runner.query(`
      CREATE TABLE "${s}".incoming_document (
        id uuid PRIMARY KEY,
        registration_number text NOT NULL UNIQUE,
        year integer NOT NULL,
        title text NOT NULL,
        source_body text NOT NULL,
        source_level text NOT NULL,
        original_number text,
        doc_type text NOT NULL,
        ${visibility},
        secrecy_period text,
        copy_number text,
        urgency text NOT NULL,
        pages integer NOT NULL CHECK (pages > 0),
        attachments jsonb NOT NULL DEFAULT '[]',
        received_at timestamptz NOT NULL,
        state text NOT NULL,
        ${holder},
        return_reason text,
        proposal text,
        proposed_leader_user_id uuid,
        proposed_leader_name text,
        instruction_id uuid,
        deadline_start text CHECK (deadline_start ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'),
        deadline_working_days integer,
        deadline_basis text,
        due_date text CHECK (due_date ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'),
        deadline_provisional boolean NOT NULL DEFAULT false,
        deadline_explanation jsonb NOT NULL DEFAULT '[]',
        result text,
        reply_method text,
        reply_content text,
        replied_at timestamptz,
        ${audit},
        CHECK (secrecy_level = 0 OR copy_number IS NOT NULL)
      )`);
    await runner.query(`CREATE INDEX incoming_state_idx ON "${s}".incoming_document (state, received_at DESC)`);
    await runner.query(`CREATE INDEX incoming_holder_idx ON "${s}".incoming_document (holder_id, state)`);
    await runner.query(`CREATE INDEX incoming_due_idx ON "${s}".incoming_document (due_date) WHERE state = 'distributed'`);
    await runner.query(`CREATE INDEX incoming_units_idx ON "${s}".incoming_document USING gin (unit_ids)`);
    await runner.query(`CREATE INDEX incoming_users_idx ON "${s}".incoming_document USING gin (user_ids)`);

    await runner.query(`
      CREATE TABLE "${s}".unit_request (
        id uuid PRIMARY KEY,
        registration_number text NOT NULL UNIQUE,
        year integer NOT NULL,
        title text NOT NULL,
        unit_id uuid NOT NULL,
        unit_name text NOT NULL,
        original_number text,
        summary text NOT NULL,
        ${visibility},
        secrecy_period text,
        copy_number text,
        urgency text NOT NULL,
        attachments jsonb NOT NULL DEFAULT '[]',
        state text NOT NULL,
        ${holder},
        proposal text,
        decision text,
        decision_text text,
        decided_by_user_id uuid,
        decided_by_name text,
        decided_by_title text,
        decided_at timestamptz,
        reply_id uuid UNIQUE,
        reply_text text,
        reply_doc_number text,
        reply_document_id uuid,
        replied_by text,
        replied_at timestamptz,
        ${audit},
        CHECK (secrecy_level = 0 OR copy_number IS NOT NULL)
      )`);
    await runner.query(`CREATE INDEX unit_request_state_idx ON "${s}".unit_request (state, created_at DESC)`);
    await runner.query(`CREATE INDEX unit_request_unit_idx ON "${s}".unit_request (unit_id, created_at DESC)`);

    await runner.query(`
      CREATE TABLE "${s}".leader_instruction (
        id uuid PRIMARY KEY,
        request_id uuid,
        source_kind text NOT NULL,
        source_id uuid NOT NULL,
        source_title text NOT NULL,
        source_doc_number text,
        leader_user_id uuid NOT NULL,
        leader_name text NOT NULL,
        leader_title text NOT NULL,
        text text NOT NULL,
        instructed_at timestamptz NOT NULL,
        lead_unit_id uuid,
        co_unit_ids uuid[] NOT NULL DEFAULT '{}',
        due_date text CHECK (due_date ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'),
        followed_by text NOT NULL,
        follow_status text NOT NULL DEFAULT 'following',
        follow_note text,
        recorded_on_behalf boolean NOT NULL,
        ${visibility},
        ${audit}
      )`);
    // A client's retry with the same requestId finds the first instruction: one record, one event.
    await runner.query(`CREATE UNIQUE INDEX leader_instruction_request_idx ON "${s}".leader_instruction (request_id) WHERE request_id IS NOT NULL`);
    await runner.query(`CREATE INDEX leader_instruction_source_idx ON "${s}".leader_instruction (source_kind, source_id)`);
    await runner.query(`CREATE INDEX leader_instruction_follow_idx ON "${s}".leader_instruction (followed_by, follow_status, instructed_at DESC)`);

    await runner.query(`
      CREATE TABLE "${s}".doc_routing (
        id uuid PRIMARY KEY,
        record_kind text NOT NULL,
        record_id uuid NOT NULL,
        recipient_kind text NOT NULL CHECK (recipient_kind IN ('unit', 'user')),
        role text NOT NULL CHECK (role IN ('lead', 'co', 'read')),
        unit_id uuid,
        user_id uuid,
        recipient_name text NOT NULL,
        status text NOT NULL,
        sent_at timestamptz NOT NULL,
        signed_at timestamptz,
        signed_by text,
        read_at timestamptz,
        read_by text,
        done_at timestamptz,
        result text,
        note text,
        ${audit},
        CHECK ((recipient_kind = 'unit' AND unit_id IS NOT NULL) OR (recipient_kind = 'user' AND user_id IS NOT NULL))
      )`);
    // One copy per recipient per record: a repeated 分办 does not duplicate it.
    await runner.query(`CREATE UNIQUE INDEX doc_routing_recipient_idx ON "${s}".doc_routing (record_kind, record_id, (coalesce(unit_id, user_id)))`);
    await runner.query(`CREATE INDEX doc_routing_unit_idx ON "${s}".doc_routing (unit_id, status) WHERE unit_id IS NOT NULL`);
    await runner.query(`CREATE INDEX doc_routing_user_idx ON "${s}".doc_routing (user_id, status) WHERE user_id IS NOT NULL`);

    await runner.query(`
      CREATE TABLE "${s}".doc_chase (
        id uuid PRIMARY KEY,
        seq bigint GENERATED ALWAYS AS IDENTITY,
        record_kind text NOT NULL,
        record_id uuid NOT NULL,
        routing_id uuid REFERENCES "${s}".doc_routing (id),
        target_name text NOT NULL,
        note text NOT NULL,
        chased_by_user_id uuid NOT NULL,
        chased_by text NOT NULL,
        chased_at timestamptz NOT NULL
      )`);
    await runner.query(`CREATE INDEX doc_chase_record_idx ON "${s}".doc_chase (record_kind, record_id, seq)`);

    await runner.query(`
      CREATE TABLE "${s}".confidential_delivery (
        id uuid PRIMARY KEY,
        document_kind text,
        document_id uuid,
        document_title text NOT NULL,
        doc_number text,
        ${visibility},
        copy_numbers text[] NOT NULL,
        recipient_unit_id uuid,
        recipient_name text NOT NULL,
        courier text NOT NULL,
        sent_at timestamptz NOT NULL,
        received_at timestamptz,
        receiver_signature text,
        state text NOT NULL,
        ${audit}
      )`);
    await runner.query(`CREATE INDEX confidential_delivery_sent_idx ON "${s}".confidential_delivery (state, sent_at DESC)`);
    await runner.query(`CREATE INDEX confidential_delivery_document_idx ON "${s}".confidential_delivery (document_id) WHERE document_id IS NOT NULL`);
    await runner.query(`CREATE INDEX confidential_delivery_units_idx ON "${s}".confidential_delivery USING gin (unit_ids)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    for (const table of ['confidential_delivery', 'doc_chase', 'doc_routing', 'leader_instruction', 'unit_request', 'incoming_document']) {
      await runner.query(`DROP TABLE "${s}".${table}`);
    }
  }
}
