import type { EntityManager } from 'typeorm';

/** A 党组织 as the integrity, pairing and campaign records name it. */
export interface Organisation {
  id: string;
  name: string;
  unitId: string | null;
  status: string;
}

/** A member as a talk or a pairing names them. */
export interface MemberRef {
  id: string;
  name: string;
  branchId: string;
  status: string;
}

/** The branches of `ids` (read-only lookups of the branch table, which the branches module owns; shared by integrity, pairings and campaigns). */
export async function organisationsOf(manager: EntityManager, schema: string, ids: readonly string[]): Promise<Organisation[]> {
  if (!ids.length) return [];
  return (await manager.query(`SELECT id, name, unit_id AS "unitId", status FROM "${schema}".branch WHERE id = ANY($1::uuid[])`, [ids])) as Organisation[];
}

/** One member's name, branch and status (read-only; the members module owns the table). */
export async function memberOf(manager: EntityManager, schema: string, id: string): Promise<MemberRef | null> {
  const rows = (await manager.query(`SELECT id, name, branch_id AS "branchId", status FROM "${schema}".member WHERE id = $1`, [id])) as MemberRef[];
  return rows[0] ?? null;
}
