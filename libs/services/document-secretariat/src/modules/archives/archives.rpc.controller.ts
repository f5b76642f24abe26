import { Injectable } from '@nestjs/common';
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
  type ArchiveLegalRuleView,
} from '@gov/contracts-document-secretariat';
import { RpcHandler } from '@gov/platform';
import { ArchiveLegalRules } from './archive-legal-rules.service.js';
import { ArchivesService } from './archives.service.js';

@Injectable()
export class ArchivesRpcController {
  constructor(
    private readonly archives: ArchivesService,
    private readonly rules: ArchiveLegalRules,
  ) {}

  @RpcHandler(ArchiveSubjects.file, FileArchiveItems.Request)
  file(request: FileArchiveItems.Request, caller: CallerContext): Promise<FileArchiveItems.Reply> {
    return this.archives.file(request, caller);
  }

  @RpcHandler(ArchiveSubjects.get, GetArchiveItem.Request)
  get(request: GetArchiveItem.Request, caller: CallerContext): Promise<ArchiveItemView> {
    return this.archives.get(request.id, caller);
  }

  @RpcHandler(ArchiveSubjects.list, ListArchiveItems.Request)
  list(request: ListArchiveItems.Request, caller: CallerContext): Promise<ListArchiveItems.Reply> {
    return this.archives.list(request, caller);
  }

  @RpcHandler(ArchiveSubjects.update, UpdateArchiveItem.Request)
  update(request: UpdateArchiveItem.Request, caller: CallerContext): Promise<ArchiveItemView> {
    return this.archives.update(request, caller);
  }

  @RpcHandler(ArchiveSubjects.void, VoidArchiveItem.Request)
  void(request: VoidArchiveItem.Request, caller: CallerContext): Promise<ArchiveItemView> {
    return this.archives.void(request, caller);
  }

  @RpcHandler(ArchiveSubjects.exportCatalogue, ExportArchiveCatalogue.Request)
  exportCatalogue(request: ExportArchiveCatalogue.Request, caller: CallerContext): Promise<ExportArchiveCatalogue.Reply> {
    return this.archives.exportCatalogue(request, caller);
  }

  @RpcHandler(ArchiveSubjects.handOver, CreateArchiveHandover.Request)
  handOver(request: CreateArchiveHandover.Request, caller: CallerContext): Promise<ArchiveHandoverView> {
    return this.archives.handOver(request, caller);
  }

  @RpcHandler(ArchiveSubjects.getHandover, GetArchiveHandover.Request)
  getHandover(request: GetArchiveHandover.Request, caller: CallerContext): Promise<ArchiveHandoverView> {
    return this.archives.getHandover(request.id, caller);
  }

  @RpcHandler(ArchiveSubjects.listHandovers, ListArchiveHandovers.Request)
  listHandovers(request: ListArchiveHandovers.Request, caller: CallerContext): Promise<ListArchiveHandovers.Reply> {
    return this.archives.listHandovers(request, caller);
  }

  @RpcHandler(ArchiveLegalRuleSubjects.list, ListArchiveLegalRules.Request)
  listRules(request: ListArchiveLegalRules.Request): Promise<ListArchiveLegalRules.Reply> {
    return this.rules.list(request);
  }

  @RpcHandler(ArchiveLegalRuleSubjects.add, AddArchiveLegalRule.Request)
  addRule(request: AddArchiveLegalRule.Request, caller: CallerContext): Promise<ArchiveLegalRuleView> {
    return this.rules.add(request, caller);
  }
}
