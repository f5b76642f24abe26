import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import type { CallerContext } from '@gov/contracts-common';
import {
  CreateMonthlyNotice,
  GetMonthlyNotice,
  ListMonthlyNotices,
  MonthlyNoticeSubjects,
  RegenerateMonthlyNotice,
  ReviewMonthlyNotice,
  SendBackMonthlyNotice,
  SignMonthlyNotice,
  SubmitMonthlyNotice,
  UpdateMonthlyNotice,
  WithdrawMonthlyNotice,
} from '@gov/contracts-information';
import { Caller, RpcPattern } from '@gov/platform';
import { MonthlyNoticesService } from './monthly-notices.service.js';

/** 月度通报's request-reply handlers: each hands the request to the service, which holds every rule. */
@Controller()
export class MonthlyNoticesRpcController {
  constructor(private readonly notices: MonthlyNoticesService) {}

  @RpcPattern(MonthlyNoticeSubjects.create, CreateMonthlyNotice.Request)
  create(@Payload() request: CreateMonthlyNotice.Request, @Caller() caller: CallerContext): Promise<CreateMonthlyNotice.Reply> {
    return this.notices.create(request, caller);
  }

  @RpcPattern(MonthlyNoticeSubjects.update, UpdateMonthlyNotice.Request)
  update(@Payload() request: UpdateMonthlyNotice.Request, @Caller() caller: CallerContext): Promise<UpdateMonthlyNotice.Reply> {
    return this.notices.update(request, caller);
  }

  @RpcPattern(MonthlyNoticeSubjects.regenerate, RegenerateMonthlyNotice.Request)
  regenerate(@Payload() request: RegenerateMonthlyNotice.Request, @Caller() caller: CallerContext): Promise<RegenerateMonthlyNotice.Reply> {
    return this.notices.regenerate(request, caller);
  }

  @RpcPattern(MonthlyNoticeSubjects.submit, SubmitMonthlyNotice.Request)
  submit(@Payload() request: SubmitMonthlyNotice.Request, @Caller() caller: CallerContext): Promise<SubmitMonthlyNotice.Reply> {
    return this.notices.submit(request, caller);
  }

  @RpcPattern(MonthlyNoticeSubjects.review, ReviewMonthlyNotice.Request)
  review(@Payload() request: ReviewMonthlyNotice.Request, @Caller() caller: CallerContext): Promise<ReviewMonthlyNotice.Reply> {
    return this.notices.review(request, caller);
  }

  @RpcPattern(MonthlyNoticeSubjects.sendBack, SendBackMonthlyNotice.Request)
  sendBack(@Payload() request: SendBackMonthlyNotice.Request, @Caller() caller: CallerContext): Promise<SendBackMonthlyNotice.Reply> {
    return this.notices.sendBack(request, caller);
  }

  @RpcPattern(MonthlyNoticeSubjects.sign, SignMonthlyNotice.Request)
  sign(@Payload() request: SignMonthlyNotice.Request, @Caller() caller: CallerContext): Promise<SignMonthlyNotice.Reply> {
    return this.notices.sign(request, caller);
  }

  @RpcPattern(MonthlyNoticeSubjects.withdraw, WithdrawMonthlyNotice.Request)
  withdraw(@Payload() request: WithdrawMonthlyNotice.Request, @Caller() caller: CallerContext): Promise<WithdrawMonthlyNotice.Reply> {
    return this.notices.withdraw(request, caller);
  }

  @RpcPattern(MonthlyNoticeSubjects.list, ListMonthlyNotices.Request)
  list(@Payload() request: ListMonthlyNotices.Request, @Caller() caller: CallerContext): Promise<ListMonthlyNotices.Reply> {
    return this.notices.list(request, caller);
  }

  @RpcPattern(MonthlyNoticeSubjects.get, GetMonthlyNotice.Request)
  get(@Payload() request: GetMonthlyNotice.Request, @Caller() caller: CallerContext): Promise<GetMonthlyNotice.Reply> {
    return this.notices.get(request.id, caller);
  }
}
