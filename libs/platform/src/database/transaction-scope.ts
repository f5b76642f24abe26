import { AsyncLocalStorage } from 'node:async_hooks';
import type { DataSource, EntityManager, QueryRunner } from 'typeorm';

/**
 * The transaction a piece of code runs in, per data source. While a transaction of a data source is open, every
 * query of that data source made from inside it — `dataSource.query`, `dataSource.manager`, repositories, a nested
 * `dataSource.transaction` (a savepoint) — runs on the transaction's own connection. A second pool connection
 * taken inside a transaction is what deadlocked the pool (ten writers each holding one connection and waiting for
 * another); with this scope it cannot happen, whichever helper forgets to pass the transaction.
 */
interface Scope {
  dataSource: DataSource;
  runner: QueryRunner;
  open: boolean;
  parent?: Scope;
}

const scopes = new AsyncLocalStorage<Scope>();
const bound = new WeakSet<DataSource>();

function openScopeOf(dataSource: DataSource): Scope | undefined {
  for (let scope = scopes.getStore(); scope; scope = scope.parent) {
    if (scope.dataSource === dataSource && scope.open && !scope.runner.isReleased) return scope;
  }
  return undefined;
}

/** The manager of the transaction of `dataSource` the caller runs in, if any. */
export function currentTransactionManager(dataSource: DataSource): EntityManager | undefined {
  return openScopeOf(dataSource)?.runner.manager;
}

/**
 * Runs `work` outside any transaction scope: for work that must not join the caller's transaction, such as
 * the outbox relay kicked after a commit or a job started from a request.
 */
export function outsideTransaction<T>(work: () => T): T {
  return scopes.exit(work);
}

/** The transaction's runner lent to TypeORM code that would otherwise take a new one; its release is the owner's. */
function borrowed(runner: QueryRunner): QueryRunner {
  return new Proxy(runner, {
    get(target, property, receiver) {
      if (property === 'release') return () => Promise.resolve();
      return Reflect.get(target, property, receiver) as unknown;
    },
  });
}

/**
 * One connection runs one query at a time: reads a transaction's code starts together (`Promise.all`) used to go to
 * other pool connections; on the transaction's own connection they now wait their turn, in order, instead of being
 * handed to the driver while it is busy (which pg 8 queues with a deprecation warning and pg 9 refuses).
 */
function serializeQueries(runner: QueryRunner): () => void {
  if (Object.prototype.hasOwnProperty.call(runner, 'query')) return () => undefined; // an outer scope already does
  const query = runner.query;
  let queue: Promise<unknown> = Promise.resolve();
  runner.query = ((...args: Parameters<QueryRunner['query']>) => {
    const next = queue.then(() => query.apply(runner, args));
    queue = next.catch(() => undefined);
    return next;
  }) as QueryRunner['query'];
  return () => {
    delete (runner as Partial<Pick<QueryRunner, 'query'>>).query;
  };
}

/** Makes `dataSource` route queries made inside one of its transactions to that transaction (see above). */
export function bindTransactionScope(dataSource: DataSource): DataSource {
  if (bound.has(dataSource)) return dataSource;
  bound.add(dataSource);
  const createQueryRunner = dataSource.createQueryRunner.bind(dataSource);
  dataSource.createQueryRunner = ((mode?: 'master' | 'slave') => {
    const scope = openScopeOf(dataSource);
    return scope ? borrowed(scope.runner) : createQueryRunner(mode);
  }) as DataSource['createQueryRunner'];
  const transaction = dataSource.transaction.bind(dataSource) as (...args: unknown[]) => Promise<unknown>;
  dataSource.transaction = ((...args: unknown[]) => {
    const work = args[args.length - 1] as (manager: EntityManager) => Promise<unknown>;
    const isolation = args.length > 1 ? [args[0]] : [];
    return transaction(...isolation, (manager: EntityManager) => {
      const runner = manager.queryRunner as QueryRunner;
      const scope: Scope = { dataSource, runner, open: true, parent: scopes.getStore() };
      const restore = serializeQueries(runner);
      return scopes.run(scope, async () => {
        try {
          return await work(manager);
        } finally {
          // Timers and promises started inside outlive it: after the work, they take their own connections again.
          scope.open = false;
          restore();
        }
      });
    });
  }) as DataSource['transaction'];
  return dataSource;
}

/** Runs `work` with every query of `dataSource` on `runner` (the migrations, on the connection that holds their lock). */
export function runOnConnection<T>(dataSource: DataSource, runner: QueryRunner, work: () => Promise<T>): Promise<T> {
  const scope: Scope = { dataSource, runner, open: true, parent: scopes.getStore() };
  return scopes.run(scope, async () => {
    try {
      return await work();
    } finally {
      scope.open = false;
    }
  });
}
