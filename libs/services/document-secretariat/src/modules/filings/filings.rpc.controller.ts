import { Injectable } from '@nestjs/common';
import type { CallerContext } from '@gov/contracts-common';
import { ActOnFiling, CreateFiling, FilingSubjects, GetFiling, ListFilings, type FilingView } from '@gov/contracts-document-secretariat';
import { RpcHandler } from '@gov/platform';
import { FilingsService } from './filings.service.js';

@Injectable()
export class FilingsRpcController {
  constructor(private readonly filings: FilingsService) {}

  @RpcHandler(FilingSubjects.create, CreateFiling.Request)
  create(request: CreateFiling.Request, caller: CallerContext): Promise<FilingView> {
    return this.filings.create(request, caller);
  }

  @RpcHandler(FilingSubjects.get, GetFiling.Request)
  get(request: GetFiling.Request, caller: CallerContext): Promise<FilingView> {
    return this.filings.get(request.id, caller);
  }

  @RpcHandler(FilingSubjects.list, ListFilings.Request)
  list(request: ListFilings.Request, caller: CallerContext): Promise<ListFilings.Reply> {
    return this.filings.list(request, caller);
  }

  @RpcHandler(FilingSubjects.act, ActOnFiling.Request)
  act(request: ActOnFiling.Request, caller: CallerContext): Promise<FilingView> {
    return this.filings.act(request, caller);
  }
}
