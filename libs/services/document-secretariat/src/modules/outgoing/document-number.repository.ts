import { Inject, Injectable } from '@nestjs/common';
import { SCHEMA } from '@gov/platform';
import type { EntityManager } from 'typeorm';
import { formatDocumentNumber, type DocumentNumber } from './document-number.js';

/**
 * Allocates 发文字号 gap-free and duplicate-free. The increment happens in the caller's transaction (the one that
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
   * Records a 发文字号 entered by hand (a paper document registered late): the running number is raised to at least
   * that sequence, so the allocator never hands the same number out again.
   */
  async reserve(manager: EntityManager, agencyCode: string, year: number, sequence: number): Promise<void> {
    await manager.query(
      `INSERT INTO "${this.schema}".document_number_sequence (agency_code, year, last_number) VALUES ($1, $2, $3)
       ON CONFLICT (agency_code, year) DO UPDATE SET last_number = GREATEST(document_number_sequence.last_number, EXCLUDED.last_number), updated_at = now()`,
      [agencyCode, year, sequence],
    );
  }
}
