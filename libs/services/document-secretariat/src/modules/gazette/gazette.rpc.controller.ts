import { Injectable } from '@nestjs/common';
import type { CallerContext } from '@gov/contracts-common';
import {
  AddGazetteEntry,
  CancelGazetteIssue,
  CreateGazetteIssue,
  GazetteSubjects,
  GetGazetteIssue,
  ListGazetteIssues,
  PublishGazetteIssue,
  RemoveGazetteEntry,
  type GazetteIssueView,
} from '@gov/contracts-document-secretariat';
import { RpcHandler } from '@gov/platform';
import { GazetteService } from './gazette.service.js';

@Injectable()
export class GazetteRpcController {
  constructor(private readonly gazette: GazetteService) {}

  @RpcHandler(GazetteSubjects.create, CreateGazetteIssue.Request)
  create(request: CreateGazetteIssue.Request, caller: CallerContext): Promise<GazetteIssueView> {
    return this.gazette.create(request, caller);
  }

  @RpcHandler(GazetteSubjects.get, GetGazetteIssue.Request)
  get(request: GetGazetteIssue.Request, caller: CallerContext): Promise<GazetteIssueView> {
    return this.gazette.get(request.id, caller);
  }

  @RpcHandler(GazetteSubjects.list, ListGazetteIssues.Request)
  list(request: ListGazetteIssues.Request, caller: CallerContext): Promise<ListGazetteIssues.Reply> {
    return this.gazette.list(request, caller);
  }

  @RpcHandler(GazetteSubjects.addEntry, AddGazetteEntry.Request)
  addEntry(request: AddGazetteEntry.Request, caller: CallerContext): Promise<GazetteIssueView> {
    return this.gazette.addEntry(request, caller);
  }

  @RpcHandler(GazetteSubjects.removeEntry, RemoveGazetteEntry.Request)
  removeEntry(request: RemoveGazetteEntry.Request, caller: CallerContext): Promise<GazetteIssueView> {
    return this.gazette.removeEntry(request, caller);
  }

  @RpcHandler(GazetteSubjects.publish, PublishGazetteIssue.Request)
  publish(request: PublishGazetteIssue.Request, caller: CallerContext): Promise<GazetteIssueView> {
    return this.gazette.publish(request, caller);
  }

  @RpcHandler(GazetteSubjects.cancel, CancelGazetteIssue.Request)
  cancel(request: CancelGazetteIssue.Request, caller: CallerContext): Promise<GazetteIssueView> {
    return this.gazette.cancel(request, caller);
  }
}
