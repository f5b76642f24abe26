import { Injectable } from '@nestjs/common';
import { getMetadataStorage } from 'class-validator';
import { hasPermission, type CallerContext } from '@gov/contracts-common';
import { RpcClient, validatePayload } from '@gov/platform';
import { classifiedIn, type ClassifiedRead } from '../../http/classified-reads.js';
import { ROUTE_TABLES, type RouteDeclaration } from '../../routes/index.js';
import type { SearchRecords } from './tasks.contracts.js';

/** The fields a list item is named by, in order of preference. */
const TITLE_FIELDS = ['title', 'name', 'subject', 'documentTitle', 'personName', 'number', 'documentNumber', 'code'];

/** Lists searched at once. */
const CONCURRENCY = 6;

function hasQueryField(declaration: RouteDeclaration, field: string): boolean {
  const contract = declaration.query ?? declaration.request;
  if (!contract) return false;
  return getMetadataStorage()
    .getTargetValidationMetadatas(contract as unknown as new () => object, '', true, false)
    .some((meta) => meta.propertyName === field);
}

/**
 * The lists search fans out to: every declared list route (a GET without path parameters whose query takes `q`), so a
 * new list with a `q` filter is searched without a line here.
 */
export const SEARCHED_LISTS: readonly RouteDeclaration[] = Object.values(ROUTE_TABLES)
  .flat()
  .filter((d) => d.method === 'GET' && d.convention === 'read' && !d.path.includes(':') && hasQueryField(d, 'q'));

export function titleOf(item: Record<string, unknown>): string {
  for (const field of TITLE_FIELDS) {
    const value = item[field];
    if (typeof value === 'string' && value.trim()) return value;
  }
  return String(item.id);
}

/**
 * 全局搜索: the query sent to each list the caller may read, with the route's own permission (as the gateway checks it)
 * and the service's own record rules (a liaison's lists are their unit's; nothing above their clearance), top N each.
 */
@Injectable()
export class SearchService {
  constructor(private readonly rpc: RpcClient) {}

  async search(request: SearchRecords.Request, caller: CallerContext): Promise<{ reply: SearchRecords.Reply; classified: ClassifiedRead | null }> {
    const limit = request.limit ?? 5;
    const lists = SEARCHED_LISTS.filter((d) => d.permission.some((p) => hasPermission(caller, p)));
    const groups: (SearchRecords.Group | null)[] = new Array(lists.length).fill(null);
    const classified: ClassifiedRead[] = [];
    let next = 0;
    await Promise.all(
      Array.from({ length: Math.min(CONCURRENCY, lists.length) }, async () => {
        while (next < lists.length) {
          const index = next++;
          const declaration = lists[index];
          try {
            const payload = await validatePayload((declaration.request ?? declaration.query) as unknown as new () => object, { q: request.q, limit });
            const answer = await this.rpc.call<{ items?: Record<string, unknown>[]; total?: number }>(declaration.service, declaration.subject, payload, caller);
            const items = Array.isArray(answer?.items) ? answer.items.filter((item) => typeof item.id === 'string') : [];
            if (!items.length) continue;
            const found = classifiedIn(answer);
            if (found) classified.push(found);
            const kind = declaration.path.replace(/^api\//, '');
            groups[index] = {
              kind,
              label: declaration.summary,
              total: typeof answer.total === 'number' ? answer.total : items.length,
              link: `/${kind}?q=${encodeURIComponent(request.q)}`,
              items: items.slice(0, limit).map((item) => ({ id: item.id as string, title: titleOf(item), link: `/${kind}/${item.id as string}` })),
            };
          } catch {
            // A list this caller may not use after all (the service's own rules, a required filter): not searched.
          }
        }
      }),
    );
    const merged = classified.length ? { level: Math.max(...classified.map((c) => c.level)), ids: classified.flatMap((c) => c.ids) } : null;
    return { reply: { q: request.q, groups: groups.filter((g): g is SearchRecords.Group => g !== null) }, classified: merged };
  }
}
