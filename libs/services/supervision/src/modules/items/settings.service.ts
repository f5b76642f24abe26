import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { shanghaiDate } from '@gov/calendar';
import { CommonErrors, hasPermission, type CallerContext } from '@gov/contracts-common';
import {
  SUPERVISION_SETTING_LABELS,
  type ChangeSupervisionSetting,
  type GetSupervisionSettings,
  type SupervisionSettingView,
  SupervisionPermissions,
} from '@gov/contracts-supervision';
import { DomainError, Transactions } from '@gov/platform';
import { itemScope } from './items.policy.js';
import { ItemsRepository, type SettingRow } from './items.repository.js';

/**
 * The office's local rules (default time limit, warning threshold, assessment weights): versions with an effective
 * date and a cited source. A new version never rewrites the past: items keep the version their deadline was set
 * under, assessment periods the weights they were opened with.
 */
@Injectable()
export class SettingsService {
  constructor(
    private readonly items: ItemsRepository,
    private readonly transactions: Transactions,
  ) {}

  async get(request: GetSupervisionSettings.Request, caller: CallerContext): Promise<GetSupervisionSettings.Reply> {
    if (itemScope(caller) !== 'all') throw new DomainError(CommonErrors.forbidden, '无权查看督查设置');
    const current = await this.items.settingsOn(request.on ?? shanghaiDate(new Date()));
    return { current: [...current.values()].map(view), versions: (await this.items.allSettings()).map(view) };
  }

  async change(request: ChangeSupervisionSetting.Request, caller: CallerContext): Promise<SupervisionSettingView> {
    if (caller.unitId || !hasPermission(caller, SupervisionPermissions.supervisionConfigure)) throw new DomainError(CommonErrors.forbidden, '只有督查室负责人可以修改督查设置');
    const row: SettingRow = { id: randomUUID(), key: request.key, value: request.value, effectiveFrom: request.effectiveFrom, source: request.source.trim(), createdBy: caller.username, createdAt: new Date() };
    const inserted = await this.transactions.run((tx) => this.items.insertSetting(row, tx.manager));
    if (!inserted) throw new DomainError(CommonErrors.duplicate, `「${SUPERVISION_SETTING_LABELS[request.key]}」在 ${request.effectiveFrom} 已有生效的版本，请选择其他生效日期`);
    return view(row);
  }
}

function view(row: SettingRow): SupervisionSettingView {
  return { id: row.id, key: row.key, label: SUPERVISION_SETTING_LABELS[row.key], value: row.value, effectiveFrom: row.effectiveFrom, source: row.source, createdBy: row.createdBy, createdAt: row.createdAt.toISOString() };
}
