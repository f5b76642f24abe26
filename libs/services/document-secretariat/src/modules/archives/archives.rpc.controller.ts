import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import type { CallerContext } from '@gov/contracts-common';
import {
  AddArchiveLegalRule,
  ArchiveLegalRuleSubjects,
  ArchiveSubjects,
  CreateArchiveHandover,
  ExportArchiveCatalogue,
  FileArchiveItems,
  GetArchiveHandover,
  GetArchiveItem,
  ListArchiveHandovers,
  ListArchiveItems,
  ListArchiveLegalRules,
  UpdateArchiveItem,
  VoidArchiveItem,
  type ArchiveHandoverView,
  type ArchiveItemView,
  type LocalRuleView,
} from '@gov/contracts-document-secretariat';
import { RpcPattern, Caller } from '@gov/platform';
import { ArchiveLegalRules } from './archive-legal-rules.service.js';
import { ArchivesService } from './archives.service.js';

@Controller()
export class ArchivesRpcController {
  constructor(
    private readonly archives: ArchivesService,
    private readonly rules: ArchiveLegalRules,
  ) {}

  @RpcPattern(ArchiveSubjects.file, FileArchiveItems.Request)
  file(@Payload() request: FileArchiveItems.Request, @Caller() caller: CallerContext): Promise<FileArchiveItems.Reply> {
    return this.archives.file(request, caller);
  }

  @RpcPattern(ArchiveSubjects.get, GetArchiveItem.Request)
  get(@Payload() request: GetArchiveItem.Request, @Caller() caller: CallerContext): Promise<ArchiveItemView> {
    return this.archives.get(request.id, caller);
  }

  @RpcPattern(ArchiveSubjects.list, ListArchiveItems.Request)
  list(@Payload() request: ListArchiveItems.Request, @Caller() caller: CallerContext): Promise<ListArchiveItems.Reply> {
    return this.archives.list(request, caller);
  }

  @RpcPattern(ArchiveSubjects.update, UpdateArchiveItem.Request)
  update(@Payload() request: UpdateArchiveItem.Request, @Caller() caller: CallerContext): Promise<ArchiveItemView> {
    return this.archives.update(request, caller);
  }

  @RpcPattern(ArchiveSubjects.void, VoidArchiveItem.Request)
  void(@Payload() request: VoidArchiveItem.Request, @Caller() caller: CallerContext): Promise<ArchiveItemView> {
    return this.archives.void(request, caller);
  }

  @RpcPattern(ArchiveSubjects.exportCatalogue, ExportArchiveCatalogue.Request)
  exportCatalogue(@Payload() request: ExportArchiveCatalogue.Request, @Caller() caller: CallerContext): Promise<ExportArchiveCatalogue.Reply> {
    return this.archives.exportCatalogue(request, caller);
  }

  @RpcPattern(ArchiveSubjects.handOver, CreateArchiveHandover.Request)
  handOver(@Payload() request: CreateArchiveHandover.Request, @Caller() caller: CallerContext): Promise<ArchiveHandoverView> {
    return this.archives.handOver(request, caller);
  }

  @RpcPattern(ArchiveSubjects.getHandover, GetArchiveHandover.Request)
  getHandover(@Payload() request: GetArchiveHandover.Request, @Caller() caller: CallerContext): Promise<ArchiveHandoverView> {
    return this.archives.getHandover(request.id, caller);
  }

  @RpcPattern(ArchiveSubjects.listHandovers, ListArchiveHandovers.Request)
  listHandovers(@Payload() request: ListArchiveHandovers.Request, @Caller() caller: CallerContext): Promise<ListArchiveHandovers.Reply> {
    return this.archives.listHandovers(request, caller);
  }

  @RpcPattern(ArchiveLegalRuleSubjects.list, ListArchiveLegalRules.Request)
  listRules(@Payload() request: ListArchiveLegalRules.Request): Promise<ListArchiveLegalRules.Reply> {
    return this.rules.list(request);
  }

  @RpcPattern(ArchiveLegalRuleSubjects.add, AddArchiveLegalRule.Request)
  addRule(@Payload() request: AddArchiveLegalRule.Request, @Caller() caller: CallerContext): Promise<LocalRuleView> {
    return this.rules.add(request, caller);
  }
}
