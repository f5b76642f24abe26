import { Injectable } from '@nestjs/common';
import type { CallerContext } from '@gov/contracts-common';
import { DocumentStepEvents, type DocumentStepRecorded, type RecordKind } from '@gov/contracts-document-secretariat';
import type { Tx } from '@gov/platform';
import type { RegistryEntry } from '../../common/registry.js';
import { Timeline } from '../../common/timeline.js';

export interface Step {
  kind: RecordKind;
  id: string;
  action: string;
  label: string;
  state: string;
  secrecyLevel: number;
  unitIds: readonly string[];
  note?: string | null;
  detail?: Record<string, unknown>;
  at?: Date;
}

/** Every step of a record: on its timeline (who, when) and published through the outbox, in the step's transaction. */
@Injectable()
export class RecordSteps {
  constructor(private readonly timeline: Timeline) {}

  async record(tx: Tx, caller: Pick<CallerContext, 'userId' | 'username' | 'displayName'>, step: Step): Promise<void> {
    const at = step.at ?? new Date();
    await this.timeline.append(tx, caller, { kind: step.kind, id: step.id, action: step.action, label: step.label, note: step.note, detail: step.detail, at });
    const event: DocumentStepRecorded.Event = {
      kind: step.kind,
      id: step.id,
      action: step.action,
      label: step.label,
      state: step.state,
      secrecyLevel: step.secrecyLevel,
      unitIds: [...step.unitIds],
      actor: caller.username,
      at: at.toISOString(),
    };
    await tx.emit(DocumentStepEvents.recorded, event);
  }
}

/** The columns a registered 收文 or 请示 shares: its 登记号 and the sender's 原文号, its state, who it concerns. */
export interface RegisteredRow {
  id: string;
  title: string;
  registration_number: string;
  original_number: string | null;
  state: string;
  secrecy_level: number;
  unit_ids: string[];
  user_ids: string[];
  year: number;
  created_at: Date;
  updated_at: Date;
}

/** The registry entry of a registered 收文 or 请示: searchable by 登记号 and by the sender's 原文号. */
export function registeredEntry(kind: 'incoming' | 'request', row: RegisteredRow, statusLabel: string): RegistryEntry {
  return {
    kind,
    id: row.id,
    title: row.title,
    docNumber: row.original_number ? `${row.registration_number} ${row.original_number}` : row.registration_number,
    status: row.state,
    statusLabel,
    secrecyLevel: row.secrecy_level,
    unitIds: row.unit_ids,
    userIds: row.user_ids,
    year: row.year,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
