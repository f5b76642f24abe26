import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { computeDeadline, type WorkingCalendar } from '@gov/calendar';
import { CLEARANCE_LABELS, CommonErrors, pageOf, type CallerContext, type Clearance } from '@gov/contracts-common';
import { ClueChanged, ClueErrors, ClueEvents, CLUE_STATUS_LABELS, CLUE_STEP_LABELS, type AdvanceClue, type ClueView, type CreateClue, type ListClues } from '@gov/contracts-party-affairs';
import { CalendarCopy, DomainError, Transactions } from '@gov/platform';
import { todayInShanghai } from '../../common/dates.js';
import { canManageConfidential, canSeeClue } from './integrity.policy.js';
import { IntegrityRepository, type ClueRow } from './integrity.repository.js';
import { clueCheckConfigOf, clueCheckConfigOn, clueStatusAfter, dispositionProblem, stepDateOk } from './integrity.rules.js';
import { clueSnapshot, toClueView } from './integrity.views.js';

const NOT_FOUND = '问题线索不存在或无权查看';

/**
 * 问题线索: registered, checked (初核), disposed of and closed by the 纪检委员; seen with the confidential permission only,
 * never above the reader's clearance, never deleted. Views carry the 密级, so the gateway audits every read.
 */
@Injectable()
export class CluesService {
  constructor(
    private readonly repository: IntegrityRepository,
    private readonly transactions: Transactions,
    private readonly calendar: CalendarCopy,
  ) {}

  /** The 初核 due date by the deadline engine over the calendar copy, under the version the clue was registered with. */
  private view(row: ClueRow, calendar: WorkingCalendar, today: string): ClueView {
    const config = clueCheckConfigOf(row.checkRuleVersion, row.receivedOn);
    const result = computeDeadline(calendar, { start: row.receivedOn, amount: config.days, unit: 'calendar_days' });
    const explanation = [...result.explanation, `依据：${config.source}（配置版本 ${config.version}，${config.effectiveFrom} 起施行）`].join('；');
    return toClueView(row, today, { dueOn: result.dueDate ?? '', explanation });
  }

  async create(request: CreateClue.Request, caller: CallerContext): Promise<ClueView> {
    if (!canManageConfidential(caller)) throw new DomainError(CommonErrors.forbidden, '无权登记问题线索');
    const level = request.secrecyLevel ?? 2;
    if (level > caller.clearance) {
      throw new DomainError(ClueErrors.clearance, `密级（${CLEARANCE_LABELS[level as Clearance]}）高于本人涉密等级`, [{ field: 'secrecyLevel', code: 'clearance', message: 'secrecyLevel：不得高于本人涉密等级' }]);
    }
    const today = todayInShanghai();
    if (request.receivedOn > today) throw new DomainError(ClueErrors.dateOrder, '收到日期不能晚于今天', [{ field: 'receivedOn', code: 'future', message: 'receivedOn：收到日期不能晚于今天' }]);
    const row = await this.transactions.run(async (tx) => {
      const now = new Date();
      const created: ClueRow = {
        id: randomUUID(),
        receivedOn: request.receivedOn,
        source: request.source.trim(),
        personConcerned: request.personConcerned.trim(),
        personUnit: request.personUnit?.trim() || null,
        summary: request.summary,
        secrecyLevel: level,
        status: 'registered',
        disposition: null,
        checkRuleVersion: clueCheckConfigOn(request.receivedOn).version,
        history: [{ step: 'register', on: request.receivedOn, disposition: null, result: '登记', by: caller.username, at: now.toISOString() }],
        version: 1,
        createdAt: now,
        createdBy: caller.username,
        updatedAt: now,
        updatedBy: caller.username,
      };
      await this.repository.clues.insert(tx.manager, created);
      await tx.emit(ClueEvents.registered, clueSnapshot(created), undefined, ClueChanged.Event);
      return created;
    });
    return this.view(row, await this.calendar.current(), today);
  }

  async advance(request: AdvanceClue.Request, caller: CallerContext): Promise<ClueView> {
    const today = todayInShanghai();
    const problem = dispositionProblem(request.step, request.disposition);
    if (problem) {
      throw new DomainError(ClueErrors.dispositionRequired, problem === 'required' ? '处置须选择处置方式' : '只有处置步骤填写处置方式', [
        { field: 'disposition', code: problem, message: problem === 'required' ? 'disposition：请选择处置方式' : 'disposition：只有处置步骤填写处置方式' },
      ]);
    }
    const row = await this.transactions.run(async (tx) => {
      const current = await this.repository.clues.find(tx.manager, request.id, true);
      if (!current || !canSeeClue(caller, current.secrecyLevel)) throw new DomainError(ClueErrors.notFound, NOT_FOUND);
      if (!canManageConfidential(caller)) throw new DomainError(CommonErrors.forbidden, '无权办理问题线索');
      if (current.version !== request.expectedVersion) throw new DomainError(ClueErrors.versionConflict, `问题线索已被他人办理（当前版本 ${current.version}），请刷新后重试`);
      const to = clueStatusAfter(current.status, request.step);
      if (!to) throw new DomainError(ClueErrors.invalidStep, `线索${CLUE_STATUS_LABELS[current.status]}，不能进行“${CLUE_STEP_LABELS[request.step]}”`);
      const previous = current.history[current.history.length - 1]?.on ?? current.receivedOn;
      if (!stepDateOk(previous, request.on, today)) throw new DomainError(ClueErrors.dateOrder, `日期须在 ${previous} 与今天之间`, [{ field: 'on', code: 'order', message: `on：日期须在 ${previous} 与今天之间` }]);
      const now = new Date();
      const next: ClueRow = {
        ...current,
        status: to,
        disposition: request.step === 'dispose' ? (request.disposition ?? null) : current.disposition,
        history: [...current.history, { step: request.step, on: request.on, disposition: request.disposition ?? null, result: request.result.trim(), by: caller.username, at: now.toISOString() }],
        version: current.version + 1,
        updatedAt: now,
        updatedBy: caller.username,
      };
      if (!(await this.repository.clues.saveIfVersion(tx.manager, next, request.expectedVersion))) throw new DomainError(ClueErrors.versionConflict, '问题线索已被他人办理，请刷新后重试');
      await tx.emit(ClueEvents.advanced, clueSnapshot(next), undefined, ClueChanged.Event);
      return next;
    });
    return this.view(row, await this.calendar.current(), today);
  }

  async get(id: string, caller: CallerContext): Promise<ClueView> {
    const row = await this.repository.clues.find(this.repository.manager, id);
    if (!row || !canSeeClue(caller, row.secrecyLevel)) throw new DomainError(ClueErrors.notFound, NOT_FOUND);
    return this.view(row, await this.calendar.current(), todayInShanghai());
  }

  async list(request: ListClues.Request, caller: CallerContext): Promise<ListClues.Reply> {
    if (!canSeeClue(caller, 0)) throw new DomainError(CommonErrors.forbidden, '无权查看问题线索');
    const page = pageOf(request);
    const today = todayInShanghai();
    const { items, total } = await this.repository.searchClues({ ...request, ...page, maxLevel: caller.clearance });
    const calendar = await this.calendar.current();
    return { items: items.filter((row) => canSeeClue(caller, row.secrecyLevel)).map((row) => this.view(row, calendar, today)), total, ...page };
  }
}
