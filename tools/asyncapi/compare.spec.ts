import { describe, expect, it } from '@jest/globals';
import { breakingChanges } from './compare.js';

type Schema = Record<string, unknown>;

/** A one-subject catalogue whose payload `data` is `data`, with extra component schemas. */
function catalogue(data: Schema, schemas: Record<string, Schema> = {}, subject = 'evt.supervision.item.closed'): Record<string, unknown> {
  return {
    channels: { [subject]: { address: subject, messages: { m: { $ref: '#/components/messages/m' } } } },
    components: {
      schemas: { ...schemas, Payload: data },
      messages: { m: { payload: { type: 'object', required: ['id', 'data'], properties: { id: { type: 'string', format: 'uuid' }, data: { $ref: '#/components/schemas/Payload' } } } } },
    },
  };
}

const item: Schema = {
  type: 'object',
  required: ['id', 'title', 'version'],
  properties: {
    id: { type: 'string', format: 'uuid' },
    title: { type: 'string', maxLength: 300 },
    status: { type: 'string', enum: ['open', 'closed'] },
    dueDate: { type: ['string', 'null'], format: 'date' },
    version: { type: 'integer', minimum: 1 },
  },
};

function changed(mutate: (copy: Schema & { properties: Record<string, Schema>; required: string[] }) => void): Schema {
  const copy = structuredClone(item) as Schema & { properties: Record<string, Schema>; required: string[] };
  mutate(copy);
  return copy;
}

describe('breakingChanges (the versioning promise)', () => {
  it('finds nothing between a catalogue and itself', () => {
    expect(breakingChanges(catalogue(item), catalogue(item))).toEqual([]);
  });

  it('allows a new optional field, a new subject and a changed description', () => {
    const next = catalogue(changed((s) => {
      s.properties.note = { type: 'string' };
      s.properties.title = { ...s.properties.title, description: '标题' };
    }));
    (next.channels as Record<string, unknown>)['evt.supervision.item.reopened'] = { address: 'evt.supervision.item.reopened', messages: {} };
    expect(breakingChanges(catalogue(item), next)).toEqual([]);
  });

  it('refuses a removed subject', () => {
    expect(breakingChanges(catalogue(item), catalogue(item, {}, 'evt.supervision.item.closed.v2'))).toEqual(['evt.supervision.item.closed: subject removed']);
  });

  it('refuses a removed or renamed field', () => {
    const renamed = changed((s) => {
      s.properties.name = s.properties.title;
      delete s.properties.title;
      s.required = ['id', 'name', 'version'];
    });
    expect(breakingChanges(catalogue(item), catalogue(renamed))).toEqual(['evt.supervision.item.closed: data.title: removed (or renamed)', 'evt.supervision.item.closed: data.name: new required field']);
  });

  it('refuses a changed type, a value that may now be null, and a changed format', () => {
    expect(breakingChanges(catalogue(item), catalogue(changed((s) => (s.properties.version = { type: 'string' }))))).toEqual(['evt.supervision.item.closed: data.version: type integer → string']);
    expect(breakingChanges(catalogue(item), catalogue(changed((s) => (s.properties.title = { type: ['string', 'null'], maxLength: 300 }))))).toEqual(['evt.supervision.item.closed: data.title: type string → null|string']);
    expect(breakingChanges(catalogue(item), catalogue(changed((s) => (s.properties.dueDate = { type: ['string', 'null'], format: 'date-time' }))))).toEqual(['evt.supervision.item.closed: data.dueDate: format "date" → "date-time"']);
  });

  it('refuses optional → required, required → optional and a new required field', () => {
    expect(breakingChanges(catalogue(item), catalogue(changed((s) => s.required.push('status'))))).toEqual(['evt.supervision.item.closed: data.status: optional → required']);
    expect(breakingChanges(catalogue(item), catalogue(changed((s) => (s.required = ['id', 'version']))))).toEqual(['evt.supervision.item.closed: data.title: required → optional']);
    expect(breakingChanges(catalogue(item), catalogue(changed((s) => {
      s.properties.unitId = { type: 'string' };
      s.required.push('unitId');
    })))).toEqual(['evt.supervision.item.closed: data.unitId: new required field']);
  });

  it('refuses changed enum values and changed limits', () => {
    expect(breakingChanges(catalogue(item), catalogue(changed((s) => (s.properties.status = { type: 'string', enum: ['open', 'closed', 'withdrawn'] }))))).toEqual([
      'evt.supervision.item.closed: data.status: enum values added ["withdrawn"]',
    ]);
    expect(breakingChanges(catalogue(item), catalogue(changed((s) => (s.properties.title = { type: 'string', maxLength: 100 }))))).toEqual(['evt.supervision.item.closed: data.title: maxLength 300 → 100']);
  });

  it('follows references into nested schemas and array items', () => {
    const withUnits = (unit: Schema): Record<string, unknown> =>
      catalogue(changed((s) => (s.properties.units = { type: 'array', items: { $ref: '#/components/schemas/Unit' } })), { Unit: unit });
    const unit = { type: 'object', required: ['id'], properties: { id: { type: 'string' }, name: { type: 'string' } } };
    expect(breakingChanges(withUnits(unit), withUnits({ ...unit, properties: { id: { type: 'string' } } }))).toEqual(['evt.supervision.item.closed: data.units[].name: removed (or renamed)']);
  });

  it('lets a 待办 task kind gain values (an open vocabulary), but not lose one, nor another subject gain one', () => {
    const task = (kinds: string[]): Schema => ({ type: 'object', properties: { kind: { type: 'string', enum: kinds } } });
    const released = catalogue(task(['supervision_item']), {}, 'evt.supervision.task.opened');
    expect(breakingChanges(released, catalogue(task(['supervision_item', 'trip_review']), {}, 'evt.supervision.task.opened'))).toEqual([]);
    expect(breakingChanges(released, catalogue(task([]), {}, 'evt.supervision.task.opened'))).toEqual(['evt.supervision.task.opened: data.kind: enum values removed ["supervision_item"]']);
    const status = changed((c) => (c.properties.status.enum = ['open', 'closed', 'voided']));
    expect(breakingChanges(catalogue(item), catalogue(status))).toEqual(['evt.supervision.item.closed: data.status: enum values added ["voided"]']);
  });

  it('takes the placeholder object of a nullable scalar corrected to its type as no change, and any other type change as breaking', () => {
    const placeholder = changed((c) => (c.properties.note = { type: ['null', 'object'] }));
    const corrected = changed((c) => (c.properties.note = { type: ['null', 'string'] }));
    expect(breakingChanges(catalogue(placeholder), catalogue(corrected))).toEqual([]);
    const shaped = changed((c) => (c.properties.note = { type: ['null', 'object'], properties: { a: { type: 'string' } } }));
    expect(breakingChanges(catalogue(shaped), catalogue(corrected))).toEqual(['evt.supervision.item.closed: data.note: type null|object → null|string']);
  });
});
