import { Module } from '@nestjs/common';
import { GazetteRepository } from './gazette.repository.js';
import { GazetteRpcController } from './gazette.rpc.controller.js';
import { GazetteService } from './gazette.service.js';

/** 政府公报: issues numbered per year, assembled from issued documents, published. */
@Module({ controllers: [GazetteRpcController], providers: [GazetteService, GazetteRepository] })
export class GazetteModule {}
