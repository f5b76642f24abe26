import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { SupervisionItemChanged, SupervisionItemEvents } from '@gov/contracts-supervision';
import { BusEventPattern, EventTx, type Tx } from '@gov/platform';
import { DECIDED_ITEM_SOURCE_KIND } from './committee.rules.js';
import { CommitteeService } from './committee.service.js';

/**
 * 督办 results flow back to the 外事委会议 decided items they came from: each change of the item (签收, 反馈, 延期, 办结,
 * 退回, 销号, 撤销, 重新计算期限, 灯色) updates the read model shown on the decided item and adds a line to the meeting's
 * timeline. Idempotent: the platform inbox drops a redelivered event, and the read model keeps the highest (version, time).
 */
@Controller()
export class SupervisionFeedbackEventsController {
  constructor(private readonly committee: CommitteeService) {}

  @BusEventPattern('supervision', SupervisionItemEvents.changed, SupervisionItemChanged.Event)
  async followWhenItemChanged(@Payload() event: SupervisionItemChanged.Event, @EventTx() tx: Tx): Promise<void> {
    if (event.sourceKind === DECIDED_ITEM_SOURCE_KIND && event.sourceId) await this.committee.onDecisionItemChanged(event, tx);
  }
}
