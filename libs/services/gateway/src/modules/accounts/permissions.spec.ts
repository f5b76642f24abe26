import { describe, it, expect } from '@jest/globals';
import { resolvePermissions } from './permissions.js';
import type { PermissionTables } from './accounts.repository.js';

const tables: PermissionTables = {
  byRole: new Map([
    ['section_staff', ['units:read', 'calendar:read']],
    ['office_leader', ['units:read', 'units:write', 'calendar:read']],
    ['sys_admin', ['accounts:manage']],
  ]),
  bySectionRole: new Map([['zonghe:section_staff', ['units:write']]]),
};

describe('permission resolution', () => {
  it('zonghe-staff-may-edit-the-unit-directory', () => {
    expect(resolvePermissions(['section_staff'], 'zonghe', tables)).toEqual(['calendar:read', 'units:read', 'units:write']);
  });
  it('staff-of-another-section-may-only-read-it', () => {
    expect(resolvePermissions(['section_staff'], 'xinxi', tables)).toEqual(['calendar:read', 'units:read']);
  });
  it('office-leaders-may-edit-whatever-their-section', () => {
    expect(resolvePermissions(['office_leader'], null, tables)).toContain('units:write');
  });
  it('a-section-grant-needs-the-matching-role', () => {
    expect(resolvePermissions(['sys_admin'], 'zonghe', tables)).toEqual(['accounts:manage']);
  });
});
