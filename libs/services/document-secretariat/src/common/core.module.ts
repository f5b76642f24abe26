import { Global, Module } from '@nestjs/common';
import { UnitDirectoryModule } from '@gov/read-model-units';
import { BodyVersions } from './body-versions.js';
import { DocumentCoreRpcController } from './core.rpc.controller.js';
import { Files } from './files.js';
import { Registry } from './registry.js';
import { Timeline } from './timeline.js';
import { KnownUnits } from './units.js';

/** What every module of document-secretariat uses: files, body versions, the registry, the timeline, the unit directory. */
@Global()
@Module({
  imports: [UnitDirectoryModule],
  controllers: [DocumentCoreRpcController],
  providers: [Files, Registry, Timeline, KnownUnits, BodyVersions],
  exports: [Files, Registry, Timeline, KnownUnits, BodyVersions, UnitDirectoryModule],
})
export class DocumentCoreModule {}
