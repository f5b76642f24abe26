import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { CommonErrors, type CallerContext } from '@gov/contracts-common';
import { TripRuleErrors, type CreateTripRule, type ListTripRules, type TripRuleVersionView } from '@gov/contracts-foreign-affairs';
import { DomainError, Transactions } from '@gov/platform';
import type { EntityManager } from 'typeorm';
import { canHandleTrip, tripAccess } from './trips.policy.js';
import { TripsRepository } from './trips.repository.js';
import { limitsProblems, versionInForce, type TripRuleVersion } from './trips.rules.js';

/**
 * The limits of 因公临时出国 as versioned configuration: each version has its effective date and its source; a new
 * version never rewrites the trips already checked (each keeps the version it was submitted under).
 */
@Injectable()
export class TripRulesService {
  constructor(
    private readonly trips: TripsRepository,
    private readonly transactions: Transactions,
  ) {}

  /** The version in force on `day`. */
  async inForce(day: string, manager?: EntityManager): Promise<TripRuleVersion> {
    const version = versionInForce(await this.trips.ruleVersions(manager), day);
    if (!version) throw new DomainError(CommonErrors.unavailable, `${day} 尚无生效的因公临时出国规则版本`);
    return version;
  }

  async list(caller: CallerContext): Promise<ListTripRules.Reply> {
    if (tripAccess(caller).kind === 'none') throw new DomainError(CommonErrors.forbidden, '无权查看因公临时出国规则');
    return { items: (await this.trips.ruleVersions()).map(view) };
  }

  /** A new version (外事科): effective from its date, with its source; earlier trips keep theirs. */
  async create(request: CreateTripRule.Request, caller: CallerContext): Promise<TripRuleVersionView> {
    if (!canHandleTrip(caller)) throw new DomainError(CommonErrors.forbidden, '只有外事科可以调整因公临时出国规则');
    const problems = limitsProblems(request.limits);
    if (problems.length) throw new DomainError(TripRuleErrors.badLimits, problems.join('；'), problems.map((message) => ({ field: 'limits.daysByCountries', code: 'incoherent', message })));
    const row = { id: randomUUID(), effectiveFrom: request.effectiveFrom, source: request.source.trim(), limits: { ...request.limits }, createdBy: caller.username, createdAt: new Date().toISOString() };
    await this.transactions.run((tx) => this.trips.insertRuleVersion(row, tx.manager));
    return view(row);
  }
}

function view(v: TripRuleVersion & { createdBy: string; createdAt: string }): TripRuleVersionView {
  return { id: v.id, effectiveFrom: v.effectiveFrom, source: v.source, limits: v.limits, createdBy: v.createdBy, createdAt: v.createdAt };
}
