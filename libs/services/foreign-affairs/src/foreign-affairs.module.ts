import { Module } from '@nestjs/common';
import { CalendarCopyModule, FieldCipherModule } from '@gov/platform';
import { UnitDirectoryModule } from '@gov/read-model-units';
import { TripsModule } from './modules/trips/trips.module.js';
import { ReceptionsModule } from './modules/receptions/receptions.module.js';
import { IncidentsModule } from './modules/incidents/incidents.module.js';
import { InvitationsModule } from './modules/invitations/invitations.module.js';
import { FriendshipsModule } from './modules/friendships/friendships.module.js';
import { RegulationsModule } from './modules/regulations/regulations.module.js';
import { CommitteeModule } from './modules/committee/committee.module.js';

/** 外事科: official trips abroad and foreign affairs. */
@Module({ imports: [CalendarCopyModule, FieldCipherModule.forService({ lookupLabel: 'foreign-affairs:trip-member-key' }), UnitDirectoryModule, TripsModule, ReceptionsModule, IncidentsModule, InvitationsModule, FriendshipsModule, RegulationsModule, CommitteeModule] })
export class ForeignAffairsModule {}
