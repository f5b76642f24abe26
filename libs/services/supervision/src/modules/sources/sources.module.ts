import { Module } from '@nestjs/common';
import { ItemsModule } from '../items/items.module.js';
import { SourcesEventsController } from './sources.events.controller.js';

/** The consumers of the events that become 督办事项. */
@Module({ imports: [ItemsModule], controllers: [SourcesEventsController] })
export class SourcesModule {}
