import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { CommonErrors, pageOf, type CallerContext } from '@gov/contracts-common';
import { TalkChanged, TalkErrors, TalkEvents, type CreateTalk, type ListTalks, type TalkView, type WithdrawTalk } from '@gov/contracts-party-affairs';
import { DomainError, requireReason, Transactions } from '@gov/platform';
import { todayInShanghai } from '../../common/dates.js';
import { canManageConfidential, talkVisibility } from './integrity.policy.js';
import { IntegrityRepository, type TalkRow } from './integrity.repository.js';

import { talkSnapshot, toTalkView } from './integrity.views.js';

const NOT_FOUND = '谈话记录不存在或无权查看';

/** 谈话提醒: recorded by the 纪检委员; the person and the record are seen with the confidential permission only. */
@Injectable()
export class TalksService {
  constructor(
    private readonly repository: IntegrityRepository,
    private readonly transactions: Transactions,
  ) {}

  async create(request: CreateTalk.Request, caller: CallerContext): Promise<TalkView> {
    if (!canManageConfidential(caller)) throw new DomainError(CommonErrors.forbidden, '无权登记谈话');
    if (request.talkedOn > todayInShanghai()) throw new DomainError(TalkErrors.future, '谈话日期不能晚于今天', [{ field: 'talkedOn', code: 'future', message: 'talkedOn：谈话日期不能晚于今天' }]);
    const row = await this.transactions.run(async (tx) => {
      let personName = request.personName?.trim() ?? '';
      let personUnit = request.personUnit?.trim() || null;
      if (request.memberId) {
        const member = await this.repository.member(request.memberId, tx.manager);
        if (!member) throw new DomainError(TalkErrors.memberUnknown, '所选党员不存在', [{ field: 'memberId', code: 'unknown', message: 'memberId：党员不存在' }]);
        personName = member.name;
        if (!personUnit) personUnit = (await this.repository.organisation(member.branchId, tx.manager))?.name ?? null;
      } else if (personName.length < 2 || !personUnit) {
        throw new DomainError(TalkErrors.personRequired, '谈话对象非党员时须填写姓名与单位', [{ field: 'personName', code: 'required', message: 'personName：请选择党员，或填写谈话对象姓名与单位' }]);
      }
      const now = new Date();
      const created: TalkRow = {
        id: randomUUID(),
        memberId: request.memberId ?? null,
        personName,
        personUnit,
        kind: request.kind,
        talkedOn: request.talkedOn,
        talker: request.talker.trim(),
        record: request.record,
        status: 'recorded',
        withdrawalReason: null,
        version: 1,
        createdAt: now,
        createdBy: caller.username,
        updatedAt: now,
        updatedBy: caller.username,
      };
      await this.repository.talks.insert(tx.manager, created);
      await tx.emit(TalkEvents.created, talkSnapshot(created), undefined, TalkChanged.Event);
      return created;
    });
    return toTalkView(row, true);
  }

  async withdraw(request: WithdrawTalk.Request, caller: CallerContext): Promise<TalkView> {
    const reason = requireReason(request.reason);
    const row = await this.transactions.run(async (tx) => {
      const current = await this.repository.talks.find(tx.manager, request.id, true);
      if (!current || talkVisibility(caller) === 'none') throw new DomainError(TalkErrors.notFound, NOT_FOUND);
      if (!canManageConfidential(caller)) throw new DomainError(CommonErrors.forbidden, '无权撤回谈话记录');
      if (current.version !== request.expectedVersion) throw new DomainError(TalkErrors.versionConflict, `谈话记录已被他人修改（当前版本 ${current.version}），请刷新后重试`);
      if (current.status !== 'recorded') throw new DomainError(TalkErrors.invalidState, '谈话记录已撤回');
      const next: TalkRow = { ...current, status: 'withdrawn', withdrawalReason: reason, version: current.version + 1, updatedAt: new Date(), updatedBy: caller.username };
      if (!(await this.repository.talks.saveIfVersion(tx.manager, next, request.expectedVersion))) throw new DomainError(TalkErrors.versionConflict, '谈话记录已被他人修改，请刷新后重试');
      await tx.emit(TalkEvents.withdrawn, talkSnapshot(next), undefined, TalkChanged.Event);
      return next;
    });
    return toTalkView(row, talkVisibility(caller) === 'full');
  }

  async get(id: string, caller: CallerContext): Promise<TalkView> {
    const visibility = talkVisibility(caller);
    const row = visibility === 'none' ? null : await this.repository.talks.find(this.repository.manager, id);
    if (!row) throw new DomainError(TalkErrors.notFound, NOT_FOUND);
    return toTalkView(row, visibility === 'full');
  }

  async list(request: ListTalks.Request, caller: CallerContext): Promise<ListTalks.Reply> {
    const visibility = talkVisibility(caller);
    if (visibility === 'none') throw new DomainError(CommonErrors.forbidden, '无权查看谈话记录');
    const page = pageOf(request);
    const { items, total } = await this.repository.searchTalks({ ...request, ...page });
    return { items: items.map((row) => toTalkView(row, visibility === 'full')), total, ...page };
  }
}
