import { Inject, Injectable } from '@nestjs/common';
import { SCHEMA } from '@gov/platform';
import type { EntityManager } from 'typeorm';
import { formatDocumentNumber, type DocumentNumber } from './document-number.js';

/**
 * Allocates 发文字号 gap-free and duplicate-free: one sequence per 代字 per year. The increment happens in the caller's transaction (the one that
 * issues the document) with a single upsert: the row stays locked until that transaction ends, so concurrent
 * issuers queue on it, and a transaction that rolls back gives its number back.
 */
@Injectable()
export class DocumentNumberRepository {
  constructor(@Inject(SCHEMA) private readonly schema: string) {}

  async allocate(manager: EntityManager, agencyCode: string, year: number): Promise<DocumentNumber & { text: string }> {
    const [row] = await manager.query(
      `INSERT INTO "${this.schema}".document_number_sequence (agency_code, year, last_number) VALUES ($1, $2, 1)
       ON CONFLICT (agency_code, year) DO UPDATE SET last_number = document_number_sequence.last_number + 1, updated_at = now()
       RETURNING last_number`,
      [agencyCode, year],
    );
    const number = { agencyCode, year, sequence: Number(row.last_number) };
    return { ...number, text: formatDocumentNumber(number) };
  }

  /**
   * Takes a 发文字号 entered by hand (a paper document registered late) — only when it is exactly the next number of its
   * 代字 and year, so the sequence stays gap-free. Otherwise nothing changes and the answer says what the last number is:
   * a sequence at or below it is a duplicate, one above the next would leave a gap.
   */
  async reserve(manager: EntityManager, agencyCode: string, year: number, sequence: number): Promise<{ accepted: boolean; last: number }> {
    const [current]: { last_number: number }[] = await manager.query(
      `SELECT last_number FROM "${this.schema}".document_number_sequence WHERE agency_code = $1 AND year = $2 FOR UPDATE`,
      [agencyCode, year],
    );
    const last = current ? Number(current.last_number) : 0;
    if (sequence !== last + 1) return { accepted: false, last };
    // The WHERE guards the first number of a year against a concurrent first taker (no row to lock yet).
    const taken: unknown[] = await manager.query(
      `INSERT INTO "${this.schema}".document_number_sequence (agency_code, year, last_number) VALUES ($1, $2, $3)
       ON CONFLICT (agency_code, year) DO UPDATE SET last_number = EXCLUDED.last_number, updated_at = now()
         WHERE document_number_sequence.last_number = EXCLUDED.last_number - 1
       RETURNING last_number`,
      [agencyCode, year, sequence],
    );
    // Not taken here: someone took this very number first, so the last one is at least it.
    return { accepted: taken.length === 1, last: sequence };
  }
}
