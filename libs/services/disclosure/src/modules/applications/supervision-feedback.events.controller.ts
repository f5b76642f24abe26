import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { ITEM_CHANGE_ACTION_LABELS, SupervisionItemChanged, SupervisionItemEvents } from '@gov/contracts-supervision';
import { itemChangeNote } from '@gov/read-model-supervised-items';
import { BusEventPattern, EventTx, type Tx } from '@gov/platform';
import { SupervisedItemsRepository } from '../../common/supervised-items.repository.js';
import { ApplicationsRepository } from './applications.repository.js';

/**
 * 督办 results flow back to the 依申请公开申请 sent to supervision (转督办): each change of the item (签收, 反馈, 延期, 办结,
 * 退回, 销号, 撤销, 重新计算期限, 灯色) updates the read model shown on the case file and adds a line to its timeline, without
 * a new version of the case (a clerk's If-Match stays valid).
 * Idempotent: the platform inbox drops a redelivered event, and the read model keeps the highest (version, time).
 */
@Controller()
export class ApplicationSupervisionFeedbackController {
  constructor(
    private readonly applications: ApplicationsRepository,
    private readonly supervised: SupervisedItemsRepository,
  ) {}

  @BusEventPattern('supervision', SupervisionItemEvents.changed, SupervisionItemChanged.Event)
  async followWhenItemChanged(@Payload() event: SupervisionItemChanged.Event, @EventTx() tx: Tx): Promise<void> {
    if (event.sourceKind !== 'disclosure_application' || !event.sourceId) return;
    const application = await this.applications.findById(event.sourceId, tx.manager);
    if (!application) return; // not a case of this service
    if (!(await this.supervised.apply(tx.manager, event))) return; // an older change than the one kept
    const by = event.actor === 'system' ? '系统' : `督查室（${event.actor}）`;
    await this.applications.addStep(tx.manager, application.id, {
      at: new Date(event.at),
      by,
      step: `supervision_${event.action}`,
      label: `督办事项${ITEM_CHANGE_ACTION_LABELS[event.action]}`,
      note: itemChangeNote(event),
    });
  }
}
