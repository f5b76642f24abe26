import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { CommonErrors, pageOf, type CallerContext } from '@gov/contracts-common';
import {
  FRIENDSHIP_STATUS_LABELS,
  FriendshipChanged,
  FriendshipErrors,
  FriendshipEvents,
  HONORARY_TITLE_STATUS_LABELS,
  HonoraryTitleChanged,
  HonoraryTitleErrors,
  HonoraryTitleEvents,
  type AddFriendshipAgreement,
  type AddFriendshipExchange,
  type ApproveHonoraryTitle,
  type ConferHonoraryTitle,
  type CreateFriendship,
  type FriendshipFields,
  type FriendshipView,
  type HonoraryTitleFields,
  type HonoraryTitleView,
  type ListFriendships,
  type ListHonoraryTitles,
  type ProposeHonoraryTitle,
  type ReviewHonoraryTitle,
  type RevokeHonoraryTitle,
  type SignFriendship,
  type TerminateFriendship,
  type UpdateFriendship,
  type UpdateHonoraryTitle,
  type WithdrawHonoraryTitle,
} from '@gov/contracts-foreign-affairs';
import { DomainError, FieldCipher, maskPassport, reasonOf, Transactions } from '@gov/platform';
import type { EntityManager } from 'typeorm';
import { canChangeFriendship, canSeeFriendship, friendshipAccess, isFriendshipSection } from './friendships.policy.js';
import { FriendshipsRepository, type FriendshipRow, type HonoraryTitleRow } from './friendships.repository.js';
import {
  agreementDatesOk,
  canTake,
  canTakeTitleStep,
  conferralDateOk,
  isSectionStep,
  statusAfter,
  terminationDateOk,
  titleStatusAfter,
  type FriendshipStep,
  type HonoraryTitleStep,
} from './friendships.rules.js';
import { snapshotOf, titleSnapshotOf, toFriendshipView, toHonoraryTitleView } from './friendships.views.js';

const STEP_LABELS: Record<FriendshipStep, string> = { update: '修改', sign: '签约', terminate: '终止', addAgreement: '登记协议', addExchange: '登记交流互访' };
const TITLE_STEP_LABELS: Record<HonoraryTitleStep, string> = { update: '修改', review: '审核', approve: '批准', confer: '授予', revoke: '撤销', withdraw: '撤回' };
const NOT_FOUND = '国际友好关系不存在或无权查看';
const TITLE_NOT_FOUND = '荣誉称号不存在或无权查看';

function reasonRequired(): DomainError {
  return new DomainError(CommonErrors.validationFailed, '须说明理由', [{ field: 'reason', code: 'minLength', message: 'reason：须说明理由（至少 2 个字）' }]);
}

/** 国际友好关系 and 荣誉称号: registered by 外事科 or a unit's liaison; signed, terminated, titles decided by 外事科. */
@Injectable()
export class FriendshipsService {
  constructor(
    private readonly friendships: FriendshipsRepository,
    private readonly transactions: Transactions,
    @Inject(FieldCipher) private readonly cipher: FieldCipher,
  ) {}

  // ---- 国际友好关系 ----

  async create(request: CreateFriendship.Request, caller: CallerContext): Promise<FriendshipView> {
    const unitId = caller.unitId ?? request.unitId ?? null;
    if (!canChangeFriendship(caller, caller.unitId ? unitId : null)) throw new DomainError(CommonErrors.forbidden, '无权登记国际友好关系');
    const row = await this.transactions.run(async (tx) => {
      const now = new Date();
      const created: FriendshipRow = {
        id: randomUUID(),
        unitId,
        ...factsOf(request),
        status: 'intent',
        signedOn: null,
        terminatedOn: null,
        terminationReason: null,
        agreements: [],
        exchanges: [],
        version: 1,
        createdAt: now,
        createdBy: caller.username,
        updatedAt: now,
        updatedBy: caller.username,
      };
      await this.friendships.insert(created, tx.manager);
      await this.friendships.addHistory({ recordId: created.id, step: 'create', fromStatus: null, toStatus: 'intent', note: null, at: now, by: caller.username }, tx.manager);
      await tx.emit(FriendshipEvents.created, snapshotOf(created), undefined, FriendshipChanged.Event);
      return created;
    });
    return toFriendshipView(row);
  }

  update(request: UpdateFriendship.Request, caller: CallerContext): Promise<FriendshipView> {
    return this.step(request.id, request.expectedVersion, caller, 'update', (row) => {
      Object.assign(row, factsOf(request));
      return { event: FriendshipEvents.updated, note: null };
    });
  }

  sign(request: SignFriendship.Request, caller: CallerContext): Promise<FriendshipView> {
    return this.step(request.id, request.expectedVersion, caller, 'sign', (row) => {
      row.signedOn = request.signedOn;
      return { event: FriendshipEvents.signed, note: `签约日期 ${request.signedOn}` };
    });
  }

  terminate(request: TerminateFriendship.Request, caller: CallerContext): Promise<FriendshipView> {
    const reason = reasonOf(request.reason);
    if (!reason) throw reasonRequired();
    return this.step(request.id, request.expectedVersion, caller, 'terminate', (row) => {
      if (!terminationDateOk(row.signedOn, request.terminatedOn)) {
        throw new DomainError(FriendshipErrors.badDates, `终止日期 ${request.terminatedOn} 早于签约日期 ${row.signedOn}`, [{ field: 'terminatedOn', code: 'beforeSigning', message: 'terminatedOn：终止日期不能早于签约日期' }]);
      }
      row.terminatedOn = request.terminatedOn;
      row.terminationReason = reason;
      return { event: FriendshipEvents.terminated, note: reason };
    });
  }

  addAgreement(request: AddFriendshipAgreement.Request, caller: CallerContext): Promise<FriendshipView> {
    if (!agreementDatesOk(request.signedOn, request.validUntil)) {
      throw new DomainError(FriendshipErrors.badDates, `有效期至 ${request.validUntil} 早于签署日期 ${request.signedOn}`, [{ field: 'validUntil', code: 'beforeSigning', message: 'validUntil：有效期不能早于签署日期' }]);
    }
    return this.step(request.id, request.expectedVersion, caller, 'addAgreement', (row, now) => {
      row.agreements = [
        ...row.agreements,
        {
          id: randomUUID(),
          title: request.title.trim(),
          signedOn: request.signedOn,
          place: request.place.trim(),
          signatories: request.signatories.map((s) => s.trim()),
          ...(request.validUntil ? { validUntil: request.validUntil } : {}),
          ...(request.fileSha256 ? { fileSha256: request.fileSha256 } : {}),
          addedAt: now.toISOString(),
          addedBy: caller.username,
        },
      ];
      return { event: FriendshipEvents.agreementAdded, note: `协议：${request.title.trim()}` };
    });
  }

  addExchange(request: AddFriendshipExchange.Request, caller: CallerContext): Promise<FriendshipView> {
    return this.step(request.id, request.expectedVersion, caller, 'addExchange', (row, now) => {
      row.exchanges = [
        ...row.exchanges,
        {
          id: randomUUID(),
          date: request.date,
          direction: request.direction,
          delegationHead: request.delegationHead.trim(),
          summary: request.summary.trim(),
          ...(request.tripId ? { tripId: request.tripId } : {}),
          ...(request.receptionId ? { receptionId: request.receptionId } : {}),
          addedAt: now.toISOString(),
          addedBy: caller.username,
        },
      ];
      return { event: FriendshipEvents.exchangeAdded, note: `${request.direction === 'outbound' ? '出访' : '来访'} ${request.date}` };
    });
  }

  async get(id: string, caller: CallerContext): Promise<FriendshipView> {
    const row = await this.friendships.findById(id);
    if (!row || !canSeeFriendship(caller, row.unitId)) throw new DomainError(FriendshipErrors.notFound, NOT_FOUND);
    return toFriendshipView(row);
  }

  async list(request: ListFriendships.Request, caller: CallerContext): Promise<ListFriendships.Reply> {
    const access = friendshipAccess(caller);
    if (access.kind === 'none') throw new DomainError(CommonErrors.forbidden, '无权查看国际友好关系');
    const page = pageOf(request);
    const { items, total } = await this.friendships.search({ ...request, ...page, onlyUnitId: access.kind === 'unit' ? access.unitId : undefined });
    return { items: items.map(toFriendshipView), total, ...page };
  }

  /** One step on a versioned relation, in one transaction: seen, allowed, at the version held, saved, its timeline line and event. */
  private async step(
    id: string,
    expectedVersion: number,
    caller: CallerContext,
    step: FriendshipStep,
    change: (row: FriendshipRow, now: Date) => { event: string; note: string | null },
  ): Promise<FriendshipView> {
    const row = await this.transactions.run(async (tx) => {
      const current = await this.friendships.findById(id, tx.manager, true);
      if (!current || !canSeeFriendship(caller, current.unitId)) throw new DomainError(FriendshipErrors.notFound, NOT_FOUND);
      const sectionStep = step === 'sign' || step === 'terminate';
      const allowed = sectionStep ? isFriendshipSection(caller) : canChangeFriendship(caller, current.unitId);
      if (!allowed) throw new DomainError(CommonErrors.forbidden, sectionStep ? '只有外事科可以办理签约和终止' : '无权办理该国际友好关系');
      if (current.version !== expectedVersion) {
        throw new DomainError(FriendshipErrors.versionConflict, `国际友好关系已被他人修改（当前版本 ${current.version}，您提交的版本 ${expectedVersion}），请刷新后重试`);
      }
      if (!canTake(step, current.status)) throw new DomainError(FriendshipErrors.invalidState, `国际友好关系当前为「${FRIENDSHIP_STATUS_LABELS[current.status]}」，不能${STEP_LABELS[step]}`);
      const now = new Date();
      const next: FriendshipRow = { ...current };
      const done = change(next, now);
      Object.assign(next, { status: statusAfter(step, current.status), version: current.version + 1, updatedAt: now, updatedBy: caller.username });
      if (!(await this.friendships.saveIfVersion(next, expectedVersion, tx.manager))) throw new DomainError(FriendshipErrors.versionConflict, '国际友好关系已被他人修改，请刷新后重试');
      await this.friendships.addHistory({ recordId: id, step, fromStatus: current.status, toStatus: next.status, note: done.note, at: now, by: caller.username }, tx.manager);
      await tx.emit(done.event, snapshotOf(next), undefined, FriendshipChanged.Event);
      return next;
    });
    return toFriendshipView(row);
  }

  // ---- 荣誉称号 ----

  async propose(request: ProposeHonoraryTitle.Request, caller: CallerContext): Promise<HonoraryTitleView> {
    const unitId = caller.unitId ?? null;
    if (!canChangeFriendship(caller, unitId)) throw new DomainError(CommonErrors.forbidden, '无权提名荣誉称号');
    const row = await this.transactions.run(async (tx) => {
      await this.assertFriendship(request.friendshipId, caller, tx.manager);
      const now = new Date();
      const created: HonoraryTitleRow = {
        id: randomUUID(),
        unitId,
        ...this.titleFactsOf(request),
        status: 'proposed',
        reviewOpinion: null,
        reviewedBy: null,
        approver: null,
        approvingBody: null,
        approvedOn: null,
        conferredOn: null,
        certificateNumber: null,
        endReason: null,
        version: 1,
        createdAt: now,
        createdBy: caller.username,
        updatedAt: now,
        updatedBy: caller.username,
      };
      await this.friendships.insertTitle(created, tx.manager);
      await this.friendships.addTitleHistory({ recordId: created.id, step: 'propose', fromStatus: null, toStatus: 'proposed', note: null, at: now, by: caller.username }, tx.manager);
      await tx.emit(HonoraryTitleEvents.proposed, titleSnapshotOf(created), undefined, HonoraryTitleChanged.Event);
      return created;
    });
    return this.titleView(row, caller);
  }

  updateTitle(request: UpdateHonoraryTitle.Request, caller: CallerContext): Promise<HonoraryTitleView> {
    return this.titleStep(request.id, request.expectedVersion, caller, 'update', async (row, manager) => {
      await this.assertFriendship(request.friendshipId, caller, manager);
      Object.assign(row, this.titleFactsOf(request));
      return { event: HonoraryTitleEvents.updated, note: null };
    });
  }

  review(request: ReviewHonoraryTitle.Request, caller: CallerContext): Promise<HonoraryTitleView> {
    const opinion = reasonOf(request.opinion);
    if (!opinion) throw new DomainError(CommonErrors.validationFailed, '请填写审核意见', [{ field: 'opinion', code: 'minLength', message: 'opinion：请填写审核意见（至少 2 个字）' }]);
    return this.titleStep(request.id, request.expectedVersion, caller, 'review', (row) => {
      row.reviewOpinion = opinion;
      row.reviewedBy = caller.username;
      return Promise.resolve({ event: HonoraryTitleEvents.reviewed, note: opinion });
    });
  }

  approve(request: ApproveHonoraryTitle.Request, caller: CallerContext): Promise<HonoraryTitleView> {
    return this.titleStep(request.id, request.expectedVersion, caller, 'approve', (row) => {
      row.approver = request.approver.trim();
      row.approvingBody = request.approvingBody.trim();
      row.approvedOn = request.approvedOn;
      return Promise.resolve({ event: HonoraryTitleEvents.approved, note: `${row.approvingBody}（${row.approver}，${row.approvedOn}）` });
    });
  }

  confer(request: ConferHonoraryTitle.Request, caller: CallerContext): Promise<HonoraryTitleView> {
    return this.titleStep(request.id, request.expectedVersion, caller, 'confer', (row) => {
      if (!conferralDateOk(row.approvedOn, request.conferredOn)) {
        throw new DomainError(HonoraryTitleErrors.stepOutOfOrder, `授予日期 ${request.conferredOn} 早于批准日期 ${row.approvedOn}`, [{ field: 'conferredOn', code: 'beforeApproval', message: 'conferredOn：授予日期不能早于批准日期' }]);
      }
      row.conferredOn = request.conferredOn;
      row.certificateNumber = request.certificateNumber.trim();
      return Promise.resolve({ event: HonoraryTitleEvents.conferred, note: `证书编号 ${row.certificateNumber}` });
    });
  }

  revoke(request: RevokeHonoraryTitle.Request, caller: CallerContext): Promise<HonoraryTitleView> {
    const reason = reasonOf(request.reason);
    if (!reason) throw reasonRequired();
    return this.titleStep(request.id, request.expectedVersion, caller, 'revoke', (row) => {
      row.endReason = reason;
      return Promise.resolve({ event: HonoraryTitleEvents.revoked, note: reason });
    });
  }

  withdrawTitle(request: WithdrawHonoraryTitle.Request, caller: CallerContext): Promise<HonoraryTitleView> {
    const reason = reasonOf(request.reason);
    if (!reason) throw reasonRequired();
    return this.titleStep(request.id, request.expectedVersion, caller, 'withdraw', (row) => {
      row.endReason = reason;
      return Promise.resolve({ event: HonoraryTitleEvents.withdrawn, note: reason });
    });
  }

  async getTitle(id: string, caller: CallerContext): Promise<HonoraryTitleView> {
    const row = await this.friendships.findTitle(id);
    if (!row || !canSeeFriendship(caller, row.unitId)) throw new DomainError(HonoraryTitleErrors.notFound, TITLE_NOT_FOUND);
    return this.titleView(row, caller);
  }

  async listTitles(request: ListHonoraryTitles.Request, caller: CallerContext): Promise<ListHonoraryTitles.Reply> {
    const access = friendshipAccess(caller);
    if (access.kind === 'none') throw new DomainError(CommonErrors.forbidden, '无权查看荣誉称号');
    const page = pageOf(request);
    const { items, total } = await this.friendships.searchTitles({ ...request, ...page, onlyUnitId: access.kind === 'unit' ? access.unitId : undefined });
    return { items: items.map((row) => toHonoraryTitleView(row)), total, ...page };
  }

  private async titleStep(
    id: string,
    expectedVersion: number,
    caller: CallerContext,
    step: HonoraryTitleStep,
    change: (row: HonoraryTitleRow, manager: EntityManager) => Promise<{ event: string; note: string | null }>,
  ): Promise<HonoraryTitleView> {
    const row = await this.transactions.run(async (tx) => {
      const current = await this.friendships.findTitle(id, tx.manager, true);
      if (!current || !canSeeFriendship(caller, current.unitId)) throw new DomainError(HonoraryTitleErrors.notFound, TITLE_NOT_FOUND);
      const allowed = isSectionStep(step) ? isFriendshipSection(caller) : canChangeFriendship(caller, current.unitId);
      if (!allowed) throw new DomainError(CommonErrors.forbidden, isSectionStep(step) ? '只有外事科可以审核、批准、授予和撤销荣誉称号' : '无权办理该荣誉称号');
      if (current.version !== expectedVersion) {
        throw new DomainError(HonoraryTitleErrors.versionConflict, `荣誉称号已被他人修改（当前版本 ${current.version}，您提交的版本 ${expectedVersion}），请刷新后重试`);
      }
      if (!canTakeTitleStep(step, current.status)) {
        throw new DomainError(HonoraryTitleErrors.stepOutOfOrder, `荣誉称号当前为「${HONORARY_TITLE_STATUS_LABELS[current.status]}」，不能${TITLE_STEP_LABELS[step]}`);
      }
      const now = new Date();
      const next: HonoraryTitleRow = { ...current };
      const done = await change(next, tx.manager);
      Object.assign(next, { status: titleStatusAfter(step, current.status), version: current.version + 1, updatedAt: now, updatedBy: caller.username });
      if (!(await this.friendships.saveTitleIfVersion(next, expectedVersion, tx.manager))) throw new DomainError(HonoraryTitleErrors.versionConflict, '荣誉称号已被他人修改，请刷新后重试');
      await this.friendships.addTitleHistory({ recordId: id, step, fromStatus: current.status, toStatus: next.status, note: done.note, at: now, by: caller.username }, tx.manager);
      await tx.emit(done.event, titleSnapshotOf(next), undefined, HonoraryTitleChanged.Event);
      return next;
    });
    return this.titleView(row, caller);
  }

  /** A linked relation must exist and be visible to the caller. */
  private async assertFriendship(friendshipId: string | undefined, caller: CallerContext, manager: EntityManager): Promise<void> {
    if (!friendshipId) return;
    const relation = await this.friendships.findById(friendshipId, manager);
    if (!relation || !canSeeFriendship(caller, relation.unitId)) {
      throw new DomainError(HonoraryTitleErrors.friendshipNotFound, '关联的国际友好关系不存在或无权查看', [{ field: 'friendshipId', code: 'notFound', message: 'friendshipId：关联的国际友好关系不存在' }]);
    }
  }

  /** The record's own view: the 护照号 in full for 外事科 and the proposing unit's liaison. */
  private titleView(row: HonoraryTitleRow, caller: CallerContext): HonoraryTitleView {
    const reveal = isFriendshipSection(caller) || (!!caller.unitId && caller.unitId === row.unitId);
    return toHonoraryTitleView(row, reveal ? this.cipher : undefined);
  }

  private titleFactsOf(request: HonoraryTitleFields): Pick<HonoraryTitleRow, 'friendshipId' | 'titleName' | 'nomineeName' | 'nationality' | 'passportEncrypted' | 'passportMasked' | 'contribution' | 'proposingUnitName'> {
    const passport = request.passportNumber.trim().toUpperCase();
    return {
      friendshipId: request.friendshipId ?? null,
      titleName: request.titleName.trim(),
      nomineeName: request.nomineeName.trim(),
      nationality: request.nationality.trim(),
      passportEncrypted: this.cipher.encrypt(passport),
      passportMasked: maskPassport(passport),
      contribution: request.contribution.trim(),
      proposingUnitName: request.proposingUnitName.trim(),
    };
  }
}

function factsOf(request: FriendshipFields): Pick<FriendshipRow, 'partnerName' | 'partnerOriginalName' | 'partnerType' | 'country' | 'kind' | 'responsibleUnitName' | 'note'> {
  return {
    partnerName: request.partnerName.trim(),
    partnerOriginalName: request.partnerOriginalName.trim(),
    partnerType: request.partnerType,
    country: request.country.trim(),
    kind: request.kind,
    responsibleUnitName: request.responsibleUnitName.trim(),
    note: request.note?.trim() || null,
  };
}
