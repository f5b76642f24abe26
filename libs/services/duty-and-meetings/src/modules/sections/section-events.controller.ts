import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { IncidentEvents, IncidentReported, ReceptionCancelled, ReceptionEvents, ReceptionScheduled } from '@gov/contracts-foreign-affairs';
import { SubmissionEvents, SubmissionUrgentReported } from '@gov/contracts-information';
import { SecurityIncidentEscalated, SecurityIncidentEvents } from '@gov/contracts-facilities-and-vehicles';
import { BusEventPattern, EventTx, type Tx } from '@gov/platform';
import { ActivitiesService } from '../activities/activities.service.js';
import { UrgentMattersService } from '../duty/urgent-matters.service.js';
import { urgentMatterOfIncident, urgentMatterOfSecurityIncident, urgentMatterOfSubmission } from './section-sources.js';

/**
 * What the new sections send here (issues 16, 18, 19): a 外宾接待 foreign-affairs scheduled goes on the leaders'
 * calendars (and leaves them, cancelled, when it is withdrawn); a 涉外案事件, an urgent 报送信息 and an escalated 大院安全事件
 * become 紧急事项 of the duty office. Idempotent twice over: the platform inbox drops a redelivered envelope, and each record is keyed on its
 * source (the highest version of a reception wins; one urgent matter per incident or submission).
 */
@Controller()
export class SectionEventsController {
  constructor(
    private readonly activities: ActivitiesService,
    private readonly urgentMatters: UrgentMattersService,
  ) {}

  @BusEventPattern('foreign-affairs', ReceptionEvents.scheduled, ReceptionScheduled.Event)
  async scheduleWhenReceptionScheduled(@Payload() event: ReceptionScheduled.Event, @EventTx() tx: Tx): Promise<void> {
    await this.activities.scheduleFromReception(event, tx);
  }

  @BusEventPattern('foreign-affairs', ReceptionEvents.cancelled, ReceptionCancelled.Event)
  async cancelWhenReceptionCancelled(@Payload() event: ReceptionCancelled.Event, @EventTx() tx: Tx): Promise<void> {
    await this.activities.cancelFromReception(event, tx);
  }

  @BusEventPattern('foreign-affairs', IncidentEvents.reported, IncidentReported.Event)
  async receiveWhenIncidentReported(@Payload() event: IncidentReported.Event, @EventTx() tx: Tx): Promise<void> {
    const { request, source } = urgentMatterOfIncident(event);
    await this.urgentMatters.receiveFromSource(request, source, tx);
  }

  @BusEventPattern('information', SubmissionEvents.urgentReported, SubmissionUrgentReported.Event)
  async receiveWhenSubmissionUrgent(@Payload() event: SubmissionUrgentReported.Event, @EventTx() tx: Tx): Promise<void> {
    const { request, source } = urgentMatterOfSubmission(event);
    await this.urgentMatters.receiveFromSource(request, source, tx);
  }

  @BusEventPattern('facilities-and-vehicles', SecurityIncidentEvents.escalated, SecurityIncidentEscalated.Event)
  async receiveWhenSecurityIncidentEscalated(@Payload() event: SecurityIncidentEscalated.Event, @EventTx() tx: Tx): Promise<void> {
    const { request, source } = urgentMatterOfSecurityIncident(event);
    await this.urgentMatters.receiveFromSource(request, source, tx);
  }
}
