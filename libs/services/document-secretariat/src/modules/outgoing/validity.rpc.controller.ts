import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import type { CallerContext } from '@gov/contracts-common';
import { ExportCompilation, GetDocumentValidity, SetDocumentValidity, ValiditySubjects, type DocumentValidityView } from '@gov/contracts-document-secretariat';
import { RpcPattern, Caller } from '@gov/platform';
import { ValidityService } from './validity.service.js';

/** 文件效力 (文件清理) and 文件汇编. */
@Controller()
export class ValidityRpcController {
  constructor(private readonly validity: ValidityService) {}

  @RpcPattern(ValiditySubjects.get, GetDocumentValidity.Request)
  get(@Payload() request: GetDocumentValidity.Request, @Caller() caller: CallerContext): Promise<DocumentValidityView> {
    return this.validity.get(request, caller);
  }

  @RpcPattern(ValiditySubjects.set, SetDocumentValidity.Request)
  set(@Payload() request: SetDocumentValidity.Request, @Caller() caller: CallerContext): Promise<DocumentValidityView> {
    return this.validity.set(request, caller);
  }

  @RpcPattern(ValiditySubjects.exportCompilation, ExportCompilation.Request)
  exportCompilation(@Payload() request: ExportCompilation.Request, @Caller() caller: CallerContext): Promise<ExportCompilation.Reply> {
    return this.validity.exportCompilation(request, caller);
  }
}
