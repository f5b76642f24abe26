import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import type { CallerContext } from '@gov/contracts-common';
import { ConfirmPayslip, CreatePayslip, ExportPayrollSheet, GetPayslip, ListPayslips, PayslipSubjects, UpdatePayslip, WithdrawPayslip } from '@gov/contracts-personnel-finance';
import { Caller, RpcPattern } from '@gov/platform';
import { PayslipsService } from './payslips.service.js';

@Controller()
export class PayslipsRpcController {
  constructor(private readonly payslips: PayslipsService) {}

  @RpcPattern(PayslipSubjects.create, CreatePayslip.Request)
  create(@Payload() request: CreatePayslip.Request, @Caller() caller: CallerContext): Promise<CreatePayslip.Reply> {
    return this.payslips.create(request, caller);
  }

  @RpcPattern(PayslipSubjects.update, UpdatePayslip.Request)
  update(@Payload() request: UpdatePayslip.Request, @Caller() caller: CallerContext): Promise<UpdatePayslip.Reply> {
    return this.payslips.update(request, caller);
  }

  @RpcPattern(PayslipSubjects.confirm, ConfirmPayslip.Request)
  confirm(@Payload() request: ConfirmPayslip.Request, @Caller() caller: CallerContext): Promise<ConfirmPayslip.Reply> {
    return this.payslips.confirm(request, caller);
  }

  @RpcPattern(PayslipSubjects.withdraw, WithdrawPayslip.Request)
  withdraw(@Payload() request: WithdrawPayslip.Request, @Caller() caller: CallerContext): Promise<WithdrawPayslip.Reply> {
    return this.payslips.withdraw(request, caller);
  }

  @RpcPattern(PayslipSubjects.get, GetPayslip.Request)
  get(@Payload() request: GetPayslip.Request, @Caller() caller: CallerContext): Promise<GetPayslip.Reply> {
    return this.payslips.get(request.id, caller);
  }

  @RpcPattern(PayslipSubjects.list, ListPayslips.Request)
  list(@Payload() request: ListPayslips.Request, @Caller() caller: CallerContext): Promise<ListPayslips.Reply> {
    return this.payslips.list(request, caller);
  }

  @RpcPattern(PayslipSubjects.exportSheet, ExportPayrollSheet.Request)
  exportSheet(@Payload() request: ExportPayrollSheet.Request, @Caller() caller: CallerContext): Promise<ExportPayrollSheet.Reply> {
    return this.payslips.exportSheet(request, caller);
  }
}
