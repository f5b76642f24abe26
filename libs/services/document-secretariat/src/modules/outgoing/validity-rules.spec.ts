import { describe, expect, it } from '@jest/globals';
import { inForce, validityProblems, type ValidityChangeRequest } from './validity-rules.js';

const doc = { id: 'd1', status: 'issued', writtenDate: '2024-03-01' };
const later = { id: 'd2', status: 'issued', writtenDate: '2026-02-10' };
type Ask = Partial<Omit<ValidityChangeRequest, 'next'>> & { next?: Partial<ValidityChangeRequest['next']> };
const ask = (changes: Ask = {}): ValidityChangeRequest => ({
  current: { status: 'valid' },
  document: doc,
  byDocument: later,
  ...changes,
  next: { status: 'repealed', effectiveOn: '2026-03-01', byDocumentId: 'd2', ...changes.next },
});
const codes = (request: ValidityChangeRequest) => validityProblems(request).map((p) => `${p.field}:${p.spec.code}`);

describe('文件效力 changes (文件清理)', () => {
  it.each<[string, ValidityChangeRequest, string[]]>([
    ['废止 by a later issued document', ask(), []],
    ['修订 by a later issued document', ask({ next: { status: 'revised' } }), []],
    ['confirmed 继续有效 without a document', ask({ next: { status: 'valid', byDocumentId: null }, byDocument: null }), []],
    ['effective on the revising document’s own date', ask({ next: { effectiveOn: '2026-02-10' } }), []],
    ['a draft has no 效力', ask({ document: { ...doc, status: 'signed' } }), ['id:VALIDITY.NOT_ISSUED']],
    ['a repealed document stays repealed', ask({ current: { status: 'repealed' }, next: { status: 'valid', byDocumentId: null } }), ['status:VALIDITY.REPEALED_FINAL']],
    ['废止 without the repealing document', ask({ next: { byDocumentId: null }, byDocument: null }), ['byDocumentId:VALIDITY.BY_DOCUMENT_REQUIRED']],
    ['修订 by itself', ask({ next: { status: 'revised', byDocumentId: 'd1' }, byDocument: doc }), ['byDocumentId:VALIDITY.BY_DOCUMENT_INVALID']],
    ['修订 by a document not yet issued', ask({ byDocument: { ...later, status: 'numbered' } }), ['byDocumentId:VALIDITY.BY_DOCUMENT_INVALID']],
    ['废止 by a document that cannot be found', ask({ byDocument: null }), ['byDocumentId:VALIDITY.BY_DOCUMENT_INVALID']],
    ['effective before the document itself', ask({ next: { status: 'valid', byDocumentId: null, effectiveOn: '2024-02-29' }, byDocument: null }), ['effectiveOn:VALIDITY.EFFECTIVE_DATE_INVALID']],
    ['effective the day before the repealing document', ask({ next: { effectiveOn: '2026-02-09' } }), ['effectiveOn:VALIDITY.EFFECTIVE_DATE_INVALID']],
  ])('%s', (_name, request, expected) => {
    expect(codes(request)).toEqual(expected);
  });

  it('every problem speaks Chinese', () => {
    for (const p of validityProblems(ask({ next: { byDocumentId: null, effectiveOn: '2020-01-01' }, byDocument: null }))) expect(p.message).toMatch(/[\u4e00-\u9fa5]/);
  });

  it.each<['valid' | 'revised' | 'repealed', boolean]>([
    ['valid', true],
    ['revised', true],
    ['repealed', false],
  ])('a %s document is in the 汇编: %s', (status, expected) => {
    expect(inForce(status)).toBe(expected);
  });
});
