import { Module } from '@nestjs/common';
import { GazetteRpcController } from './gazette.rpc.controller.js';
import { GazetteService } from './gazette.service.js';

/** 政府公报: issues numbered per year, assembled from issued documents, published. */
@Module({ providers: [GazetteService, GazetteRpcController] })
export class GazetteModule {}
