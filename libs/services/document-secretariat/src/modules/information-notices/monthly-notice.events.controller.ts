import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import type { EventEnvelope } from '@gov/contracts-common';
import { MonthlyNoticeEvents, MonthlyNoticeSigned } from '@gov/contracts-information';
import { BusEventPattern, Envelope, EventTx, type Tx } from '@gov/platform';
import { InformationNoticesService } from './information-notices.service.js';

/**
 * information → document-secretariat (issue 16): a 月度通报 signed by the office's leader becomes a 发文 awaiting 编号
 * and 印发. Idempotent: the platform inbox drops a redelivered envelope, and one 发文 per notice id.
 */
@Controller()
export class MonthlyNoticeEventsController {
  constructor(private readonly notices: InformationNoticesService) {}

  @BusEventPattern('information', MonthlyNoticeEvents.signed, MonthlyNoticeSigned.Event)
  async registerWhenMonthlyNoticeSigned(@Payload() event: MonthlyNoticeSigned.Event, @Envelope() envelope: EventEnvelope | undefined, @EventTx() tx: Tx): Promise<void> {
    await this.notices.registerSignedNotice(event, envelope, tx);
  }
}
