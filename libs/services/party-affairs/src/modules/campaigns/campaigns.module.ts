import { Module } from '@nestjs/common';
import { CampaignsRepository } from './campaigns.repository.js';
import { CampaignsRpcController } from './campaigns.rpc.controller.js';
import { CampaignsService } from './campaigns.service.js';

/** 主题教育. */
@Module({ controllers: [CampaignsRpcController], providers: [CampaignsRepository, CampaignsService] })
export class CampaignsModule {}
