import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { DocumentSecretariatEvents, OutgoingDocumentIssued } from '@gov/contracts-document-secretariat';
import { BusEventPattern, EventTx, type Tx } from '@gov/platform';
import { PublicationsService } from './publications.service.js';

/**
 * document-secretariat's issued documents: the 主动公开 ones enter the 公开 queue. Idempotent twice over: the platform
 * inbox drops a redelivered event, and the entry is keyed on the document id (unique).
 */
@Controller()
export class PublicationsEventsController {
  constructor(private readonly publications: PublicationsService) {}

  @BusEventPattern('document-secretariat', DocumentSecretariatEvents.outgoingIssued, OutgoingDocumentIssued.Event)
  queueWhenOutgoingIssued(@Payload() event: OutgoingDocumentIssued.Event, @EventTx() tx: Tx): Promise<void> {
    return this.publications.queueIssuedDocument(event, tx);
  }
}
