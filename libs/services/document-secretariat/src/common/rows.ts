import type { CallerContext, ErrorSpec } from '@gov/contracts-common';
import { DomainError } from '@gov/platform';
import { canSee, visibilityOf, type VisibilityColumns } from './access.js';

/** The error of a record that is not there — or is there but not for this caller: the two answer alike (404). */
export interface NotFound {
  spec: ErrorSpec;
  detail: string;
}

/** The row read, if there is one and the caller may see it, else the not-found error. */
export function visibleOr404<T extends VisibilityColumns>(row: T | null | undefined, caller: CallerContext, notFound: NotFound): T {
  if (!row || !canSee(caller, visibilityOf(row))) throw new DomainError(notFound.spec, notFound.detail);
  return row;
}
