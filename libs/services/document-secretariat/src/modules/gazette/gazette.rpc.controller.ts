import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
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
import { RpcPattern, Caller } from '@gov/platform';
import { GazetteService } from './gazette.service.js';

@Controller()
export class GazetteRpcController {
  constructor(private readonly gazette: GazetteService) {}

  @RpcPattern(GazetteSubjects.create, CreateGazetteIssue.Request)
  create(@Payload() request: CreateGazetteIssue.Request, @Caller() caller: CallerContext): Promise<GazetteIssueView> {
    return this.gazette.create(request, caller);
  }

  @RpcPattern(GazetteSubjects.get, GetGazetteIssue.Request)
  get(@Payload() request: GetGazetteIssue.Request, @Caller() caller: CallerContext): Promise<GazetteIssueView> {
    return this.gazette.get(request.id, caller);
  }

  @RpcPattern(GazetteSubjects.list, ListGazetteIssues.Request)
  list(@Payload() request: ListGazetteIssues.Request, @Caller() caller: CallerContext): Promise<ListGazetteIssues.Reply> {
    return this.gazette.list(request, caller);
  }

  @RpcPattern(GazetteSubjects.addEntry, AddGazetteEntry.Request)
  addEntry(@Payload() request: AddGazetteEntry.Request, @Caller() caller: CallerContext): Promise<GazetteIssueView> {
    return this.gazette.addEntry(request, caller);
  }

  @RpcPattern(GazetteSubjects.removeEntry, RemoveGazetteEntry.Request)
  removeEntry(@Payload() request: RemoveGazetteEntry.Request, @Caller() caller: CallerContext): Promise<GazetteIssueView> {
    return this.gazette.removeEntry(request, caller);
  }

  @RpcPattern(GazetteSubjects.publish, PublishGazetteIssue.Request)
  publish(@Payload() request: PublishGazetteIssue.Request, @Caller() caller: CallerContext): Promise<GazetteIssueView> {
    return this.gazette.publish(request, caller);
  }

  @RpcPattern(GazetteSubjects.cancel, CancelGazetteIssue.Request)
  cancel(@Payload() request: CancelGazetteIssue.Request, @Caller() caller: CallerContext): Promise<GazetteIssueView> {
    return this.gazette.cancel(request, caller);
  }
}
