import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import type { CallerContext } from '@gov/contracts-common';
import { ActOnFiling, CreateFiling, FilingSubjects, GetFiling, ListFilings, type FilingView } from '@gov/contracts-document-secretariat';
import { RpcPattern, Caller } from '@gov/platform';
import { FilingsService } from './filings.service.js';

@Controller()
export class FilingsRpcController {
  constructor(private readonly filings: FilingsService) {}

  @RpcPattern(FilingSubjects.create, CreateFiling.Request)
  create(@Payload() request: CreateFiling.Request, @Caller() caller: CallerContext): Promise<FilingView> {
    return this.filings.create(request, caller);
  }

  @RpcPattern(FilingSubjects.get, GetFiling.Request)
  get(@Payload() request: GetFiling.Request, @Caller() caller: CallerContext): Promise<FilingView> {
    return this.filings.get(request.id, caller);
  }

  @RpcPattern(FilingSubjects.list, ListFilings.Request)
  list(@Payload() request: ListFilings.Request, @Caller() caller: CallerContext): Promise<ListFilings.Reply> {
    return this.filings.list(request, caller);
  }

  @RpcPattern(FilingSubjects.act, ActOnFiling.Request)
  act(@Payload() request: ActOnFiling.Request, @Caller() caller: CallerContext): Promise<FilingView> {
    return this.filings.act(request, caller);
  }
}
