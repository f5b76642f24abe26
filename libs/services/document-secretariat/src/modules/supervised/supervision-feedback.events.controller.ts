import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { SupervisionItemChanged, SupervisionItemEvents } from '@gov/contracts-supervision';
import { BusEventPattern, EventTx, type Tx } from '@gov/platform';
import { InstructionsService } from '../instructions/instructions.service.js';
import { IncomingItemLinks } from '../incoming/item-links.js';

/**
 * 督办 results flow back: every change of a 督办事项 opened from a 批示 (签收, 反馈, 延期, 办结, 退回, 销号, 撤销, 重新计算期限,
 * 灯色) updates the 批示's read model and follow-up status and adds a line to the 批示's and its document's timelines.
 * Idempotent: the platform inbox drops a redelivered event, and the read model keeps the highest (version, time).
 * When the 批示 is on a 收文, the unit copies of that 收文 are linked to the item too (issue 21 §2, `IncomingItemLinks`).
 */
@Controller()
export class SupervisionFeedbackEventsController {
  constructor(
    private readonly instructions: InstructionsService,
    private readonly links: IncomingItemLinks,
  ) {}

  @BusEventPattern('supervision', SupervisionItemEvents.changed, SupervisionItemChanged.Event)
  async followWhenItemChanged(@Payload() event: SupervisionItemChanged.Event, @EventTx() tx: Tx): Promise<void> {
    if (event.sourceKind !== 'leader_instruction' || !event.sourceId) return;
    await this.instructions.onItemChanged(event, tx);
    // 一事一期限: the 分办 copies of the 收文 the 批示 is on follow the item (link, one deadline, answered once).
    await this.links.onItemChanged(event, tx);
  }
}
