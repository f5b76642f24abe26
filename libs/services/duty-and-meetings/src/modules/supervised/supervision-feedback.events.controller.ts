import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { SupervisionItemChanged, SupervisionItemEvents } from '@gov/contracts-supervision';
import { BusEventPattern, EventTx, type Tx } from '@gov/platform';
import { InstructionsService } from '../duty/instructions.service.js';
import { MeetingsService } from '../meetings/meetings.service.js';

/**
 * 督办 results flow back to the 会议议定事项 and 值班批示 they came from: each change of the item (签收, 反馈, 延期, 办结,
 * 退回, 销号, 撤销, 重新计算期限, 灯色) updates the read model shown on the record and adds a line to its timeline.
 * Idempotent: the platform inbox drops a redelivered event, and the read model keeps the highest (version, time).
 */
@Controller()
export class SupervisionFeedbackEventsController {
  constructor(
    private readonly meetings: MeetingsService,
    private readonly instructions: InstructionsService,
  ) {}

  @BusEventPattern('supervision', SupervisionItemEvents.changed, SupervisionItemChanged.Event)
  async followWhenItemChanged(@Payload() event: SupervisionItemChanged.Event, @EventTx() tx: Tx): Promise<void> {
    if (!event.sourceId) return;
    if (event.sourceKind === 'meeting_decision') await this.meetings.onDecisionItemChanged(event, tx);
    else if (event.sourceKind === 'duty_instruction') await this.instructions.onItemChanged(event, tx);
  }
}
