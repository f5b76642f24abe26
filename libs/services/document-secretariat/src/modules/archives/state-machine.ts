import { CommonDocumentErrors } from '@gov/contracts-document-secretariat';
import { DomainError } from '@gov/platform';

/** A record's state machine: for each state, the actions allowed in it and the state each leads to. */
export type TransitionTable<S extends string, A extends string> = Partial<Record<S, Partial<Record<A, S>>>>;

export interface StateMachine<S extends string, A extends string> {
  table: TransitionTable<S, A>;
  stateLabels: Record<S, string>;
  actionLabels: Record<A, string>;
}

/** The state after `action`, or null when the action is not allowed in `state`. */
export function nextState<S extends string, A extends string>(machine: StateMachine<S, A>, state: S, action: A): S | null {
  return machine.table[state]?.[action] ?? null;
}

/** The state after `action`; an illegal step is DOCUMENT.INVALID_STATE (422) naming the state and the action in Chinese. */
export function transition<S extends string, A extends string>(machine: StateMachine<S, A>, state: S, action: A): S {
  const next = nextState(machine, state, action);
  if (!next) {
    throw new DomainError(CommonDocumentErrors.invalidState, `当前状态“${machine.stateLabels[state]}”不能${machine.actionLabels[action]}`);
  }
  return next;
}

/** The actions allowed in a state (for clients to show the right buttons). */
export function allowedActions<S extends string, A extends string>(machine: StateMachine<S, A>, state: S): A[] {
  return Object.keys(machine.table[state] ?? {}) as A[];
}
