import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import type { CallerContext } from '@gov/contracts-common';
import {
  BulletinSubjects,
  CreateBulletin,
  ExportBulletinList,
  GetBulletin,
  ListBulletins,
  RenderBulletinPdf,
  ReviewBulletin,
  SendBackBulletin,
  SignBulletin,
  SubmitBulletin,
  UpdateBulletin,
  WithdrawBulletin,
} from '@gov/contracts-information';
import { Caller, RpcPattern } from '@gov/platform';
import { BulletinsService } from './bulletins.service.js';
import { BulletinPrintService } from './print/bulletin-print.service.js';

@Controller()
export class BulletinsRpcController {
  constructor(
    private readonly bulletins: BulletinsService,
    private readonly print: BulletinPrintService,
  ) {}

  @RpcPattern(BulletinSubjects.create, CreateBulletin.Request)
  create(@Payload() request: CreateBulletin.Request, @Caller() caller: CallerContext): Promise<CreateBulletin.Reply> {
    return this.bulletins.create(request, caller);
  }

  @RpcPattern(BulletinSubjects.update, UpdateBulletin.Request)
  update(@Payload() request: UpdateBulletin.Request, @Caller() caller: CallerContext): Promise<UpdateBulletin.Reply> {
    return this.bulletins.update(request, caller);
  }

  @RpcPattern(BulletinSubjects.submit, SubmitBulletin.Request)
  submit(@Payload() request: SubmitBulletin.Request, @Caller() caller: CallerContext): Promise<SubmitBulletin.Reply> {
    return this.bulletins.submit(request, caller);
  }

  @RpcPattern(BulletinSubjects.review, ReviewBulletin.Request)
  review(@Payload() request: ReviewBulletin.Request, @Caller() caller: CallerContext): Promise<ReviewBulletin.Reply> {
    return this.bulletins.review(request, caller);
  }

  @RpcPattern(BulletinSubjects.sendBack, SendBackBulletin.Request)
  sendBack(@Payload() request: SendBackBulletin.Request, @Caller() caller: CallerContext): Promise<SendBackBulletin.Reply> {
    return this.bulletins.sendBack(request, caller);
  }

  @RpcPattern(BulletinSubjects.sign, SignBulletin.Request)
  sign(@Payload() request: SignBulletin.Request, @Caller() caller: CallerContext): Promise<SignBulletin.Reply> {
    return this.bulletins.sign(request, caller);
  }

  @RpcPattern(BulletinSubjects.withdraw, WithdrawBulletin.Request)
  withdraw(@Payload() request: WithdrawBulletin.Request, @Caller() caller: CallerContext): Promise<WithdrawBulletin.Reply> {
    return this.bulletins.withdraw(request, caller);
  }

  @RpcPattern(BulletinSubjects.get, GetBulletin.Request)
  get(@Payload() request: GetBulletin.Request, @Caller() caller: CallerContext): Promise<GetBulletin.Reply> {
    return this.bulletins.get(request.id, caller);
  }

  @RpcPattern(BulletinSubjects.list, ListBulletins.Request)
  list(@Payload() request: ListBulletins.Request, @Caller() caller: CallerContext): Promise<ListBulletins.Reply> {
    return this.bulletins.list(request, caller);
  }

  @RpcPattern(BulletinSubjects.exportList, ExportBulletinList.Request)
  exportList(@Payload() request: ExportBulletinList.Request, @Caller() caller: CallerContext): Promise<ExportBulletinList.Reply> {
    return this.bulletins.exportList(request, caller);
  }

  @RpcPattern(BulletinSubjects.pdf, RenderBulletinPdf.Request)
  pdf(@Payload() request: RenderBulletinPdf.Request, @Caller() caller: CallerContext): Promise<RenderBulletinPdf.Reply> {
    return this.print.pdf(request, caller);
  }
}
