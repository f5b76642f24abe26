import {
  ADOPTION_LEVEL_LABELS,
  INSTRUCTION_LEVEL_LABELS,
  SUBMISSION_CATEGORY_LABELS,
  SUBMISSION_STATUS_LABELS,
  type AdoptionLevel,
  type SubmissionDetailView,
  type SubmissionSnapshot,
  type SubmissionView,
  type TextVersionView,
} from '@gov/contracts-information';
import type { AdoptionRow, InstructionRow, StepRow, SubmissionRow, TextRow } from './submissions.repository.js';
import { lineDiff } from './submissions.rules.js';

/** Row → view (a 报送信息 holds no personal data: nothing to mask). */
export function toSubmissionView(row: SubmissionRow, adoptedLevels: AdoptionLevel[] = []): SubmissionView {
  return {
    id: row.id,
    title: row.title,
    body: row.body,
    category: row.category,
    categoryLabel: SUBMISSION_CATEGORY_LABELS[row.category],
    urgent: row.urgent,
    attachments: row.attachments ?? [],
    unitId: row.unitId,
    creditUnitIds: row.creditUnitIds ?? [],
    status: row.status,
    statusLabel: SUBMISSION_STATUS_LABELS[row.status],
    textVersion: row.textVersion,
    reason: row.reason,
    mergedIntoId: row.mergedIntoId,
    mergedFromIds: row.mergedFromIds ?? [],
    submittedAt: row.submittedAt.toISOString(),
    score: row.score,
    adoptedLevels,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdBy,
    updatedAt: row.updatedAt.toISOString(),
    updatedBy: row.updatedBy,
  };
}

export function toDetailView(row: SubmissionRow, adoptions: AdoptionRow[], instructions: InstructionRow[], steps: StepRow[]): SubmissionDetailView {
  return {
    ...toSubmissionView(
      row,
      adoptions.map((a) => a.level),
    ),
    adoptions: adoptions.map((a) => ({
      id: a.id,
      level: a.level,
      levelLabel: ADOPTION_LEVEL_LABELS[a.level],
      adoptedOn: a.adoptedOn,
      outlet: a.outlet,
      points: a.points,
      weightVersion: a.weightVersion,
      recordedBy: a.recordedBy,
      recordedAt: a.recordedAt.toISOString(),
    })),
    instructions: instructions.map((i) => ({
      id: i.id,
      level: i.level,
      levelLabel: INSTRUCTION_LEVEL_LABELS[i.level],
      leaderName: i.leaderName,
      content: i.content,
      instructedOn: i.instructedOn,
      points: i.points,
      weightVersion: i.weightVersion,
      recordedBy: i.recordedBy,
      recordedAt: i.recordedAt.toISOString(),
    })),
    timeline: steps.map((s) => ({ seq: s.seq, step: s.step, status: s.status, note: s.note, actor: s.actor, at: s.at.toISOString() })),
  };
}

/** The text versions, each with its line diff against the one before. */
export function toTextVersions(texts: TextRow[]): TextVersionView[] {
  return texts.map((t, index) => ({
    textVersion: t.textVersion,
    title: t.title,
    body: t.body,
    note: t.note,
    createdBy: t.createdBy,
    createdAt: t.createdAt.toISOString(),
    diff: index === 0 ? [] : lineDiff(`${texts[index - 1].title}\n${texts[index - 1].body}`, `${t.title}\n${t.body}`),
  }));
}

/** What the events carry. */
export function snapshotOf(row: SubmissionRow, adoptedLevels: AdoptionLevel[]): SubmissionSnapshot {
  return { id: row.id, unitId: row.unitId, title: row.title, category: row.category, urgent: row.urgent, status: row.status, adoptedLevels, score: row.score, version: row.version };
}
