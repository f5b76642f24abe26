import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import type { CallerContext } from '@gov/contracts-common';
import {
  CheckUnitRoster,
  CreateDutyDay,
  CreateDutyLog,
  CreateHandover,
  CreateUrgentMatter,
  CreateUrgentReportRule,
  DecideDutySwap,
  DutySubjects,
  FileUnitRoster,
  GetDutyDay,
  GetDutyHistory,
  GetDutyInstruction,
  ListDutyInstructions,
  ReceiveDutyInstruction,
  GetDutyLog,
  GetUnitRoster,
  GetUrgentMatter,
  ListDutyDays,
  ListDutyLogs,
  ListDutySwaps,
  ListHandovers,
  ListUnitRosters,
  ListUrgentMatters,
  ListUrgentReportRules,
  RecordDutyInstruction,
  RefileUnitRoster,
  RelayDutyInstruction,
  ReportUrgentMatter,
  RequestDutySwap,
  UpdateDutyDay,
  UpdateDutyLogHandling,
} from '@gov/contracts-duty-and-meetings';
import { RpcPattern, Caller } from '@gov/platform';
import { DutyLogService } from './duty-log.service.js';
import { InstructionsService } from './instructions.service.js';
import { RosterService } from './roster.service.js';
import { UnitRostersService } from './unit-rosters.service.js';
import { UrgentMattersService } from './urgent-matters.service.js';

@Controller()
export class DutyRpcController {
  constructor(
    private readonly roster: RosterService,
    private readonly log: DutyLogService,
    private readonly urgent: UrgentMattersService,
    private readonly instructions: InstructionsService,
    private readonly unitRosters: UnitRostersService,
  ) {}

  @RpcPattern(DutySubjects.rosterCreate, CreateDutyDay.Request)
  createDay(@Payload() request: CreateDutyDay.Request, @Caller() caller: CallerContext): Promise<CreateDutyDay.Reply> {
    return this.roster.createDay(request, caller);
  }

  @RpcPattern(DutySubjects.rosterUpdate, UpdateDutyDay.Request)
  updateDay(@Payload() request: UpdateDutyDay.Request, @Caller() caller: CallerContext): Promise<UpdateDutyDay.Reply> {
    return this.roster.updateDay(request, caller);
  }

  @RpcPattern(DutySubjects.rosterGet, GetDutyDay.Request)
  getDay(@Payload() request: GetDutyDay.Request, @Caller() caller: CallerContext): Promise<GetDutyDay.Reply> {
    return this.roster.getDay(request.id, caller);
  }

  @RpcPattern(DutySubjects.rosterList, ListDutyDays.Request)
  listDays(@Payload() request: ListDutyDays.Request, @Caller() caller: CallerContext): Promise<ListDutyDays.Reply> {
    return this.roster.listDays(request, caller);
  }

  @RpcPattern(DutySubjects.swapRequest, RequestDutySwap.Request)
  requestSwap(@Payload() request: RequestDutySwap.Request, @Caller() caller: CallerContext): Promise<RequestDutySwap.Reply> {
    return this.roster.requestSwap(request, caller);
  }

  @RpcPattern(DutySubjects.swapDecide, DecideDutySwap.Request)
  decideSwap(@Payload() request: DecideDutySwap.Request, @Caller() caller: CallerContext): Promise<DecideDutySwap.Reply> {
    return this.roster.decideSwap(request, caller);
  }

  @RpcPattern(DutySubjects.swapList, ListDutySwaps.Request)
  listSwaps(@Payload() request: ListDutySwaps.Request, @Caller() caller: CallerContext): Promise<ListDutySwaps.Reply> {
    return this.roster.listSwaps(request, caller);
  }

  @RpcPattern(DutySubjects.handoverCreate, CreateHandover.Request)
  createHandover(@Payload() request: CreateHandover.Request, @Caller() caller: CallerContext): Promise<CreateHandover.Reply> {
    return this.roster.createHandover(request, caller);
  }

  @RpcPattern(DutySubjects.handoverList, ListHandovers.Request)
  listHandovers(@Payload() request: ListHandovers.Request, @Caller() caller: CallerContext): Promise<ListHandovers.Reply> {
    return this.roster.listHandovers(request, caller);
  }

  @RpcPattern(DutySubjects.logCreate, CreateDutyLog.Request)
  createLog(@Payload() request: CreateDutyLog.Request, @Caller() caller: CallerContext): Promise<CreateDutyLog.Reply> {
    return this.log.create(request, caller);
  }

  @RpcPattern(DutySubjects.logGet, GetDutyLog.Request)
  getLog(@Payload() request: GetDutyLog.Request, @Caller() caller: CallerContext): Promise<GetDutyLog.Reply> {
    return this.log.get(request.id, caller);
  }

  @RpcPattern(DutySubjects.logList, ListDutyLogs.Request)
  listLogs(@Payload() request: ListDutyLogs.Request, @Caller() caller: CallerContext): Promise<ListDutyLogs.Reply> {
    return this.log.list(request, caller);
  }

  @RpcPattern(DutySubjects.logUpdateHandling, UpdateDutyLogHandling.Request)
  updateLogHandling(@Payload() request: UpdateDutyLogHandling.Request, @Caller() caller: CallerContext): Promise<UpdateDutyLogHandling.Reply> {
    return this.log.updateHandling(request, caller);
  }

  @RpcPattern(DutySubjects.history, GetDutyHistory.Request)
  history(@Payload() request: GetDutyHistory.Request, @Caller() caller: CallerContext): Promise<GetDutyHistory.Reply> {
    return this.log.history(request, caller);
  }

  @RpcPattern(DutySubjects.ruleList, ListUrgentReportRules.Request)
  listRules(@Payload() request: ListUrgentReportRules.Request, @Caller() caller: CallerContext): Promise<ListUrgentReportRules.Reply> {
    return this.urgent.listRules(request, caller);
  }

  @RpcPattern(DutySubjects.ruleCreate, CreateUrgentReportRule.Request)
  createRule(@Payload() request: CreateUrgentReportRule.Request, @Caller() caller: CallerContext): Promise<CreateUrgentReportRule.Reply> {
    return this.urgent.createRule(request, caller);
  }

  @RpcPattern(DutySubjects.urgentCreate, CreateUrgentMatter.Request)
  createUrgent(@Payload() request: CreateUrgentMatter.Request, @Caller() caller: CallerContext): Promise<CreateUrgentMatter.Reply> {
    return this.urgent.create(request, caller);
  }

  @RpcPattern(DutySubjects.urgentGet, GetUrgentMatter.Request)
  getUrgent(@Payload() request: GetUrgentMatter.Request, @Caller() caller: CallerContext): Promise<GetUrgentMatter.Reply> {
    return this.urgent.get(request.id, caller);
  }

  @RpcPattern(DutySubjects.urgentList, ListUrgentMatters.Request)
  listUrgent(@Payload() request: ListUrgentMatters.Request, @Caller() caller: CallerContext): Promise<ListUrgentMatters.Reply> {
    return this.urgent.list(request, caller);
  }

  @RpcPattern(DutySubjects.urgentReport, ReportUrgentMatter.Request)
  reportUrgent(@Payload() request: ReportUrgentMatter.Request, @Caller() caller: CallerContext): Promise<ReportUrgentMatter.Reply> {
    return this.urgent.report(request, caller);
  }

  @RpcPattern(DutySubjects.instructionRecord, RecordDutyInstruction.Request)
  recordInstruction(@Payload() request: RecordDutyInstruction.Request, @Caller() caller: CallerContext): Promise<RecordDutyInstruction.Reply> {
    return this.instructions.record(request, caller);
  }

  @RpcPattern(DutySubjects.instructionGet, GetDutyInstruction.Request)
  getInstruction(@Payload() request: GetDutyInstruction.Request, @Caller() caller: CallerContext): Promise<GetDutyInstruction.Reply> {
    return this.instructions.get(request.id, caller);
  }

  @RpcPattern(DutySubjects.instructionRelay, RelayDutyInstruction.Request)
  relayInstruction(@Payload() request: RelayDutyInstruction.Request, @Caller() caller: CallerContext): Promise<RelayDutyInstruction.Reply> {
    return this.instructions.relay(request, caller);
  }

  @RpcPattern(DutySubjects.instructionList, ListDutyInstructions.Request)
  listInstructions(@Payload() request: ListDutyInstructions.Request, @Caller() caller: CallerContext): Promise<ListDutyInstructions.Reply> {
    return this.instructions.list(request, caller);
  }

  @RpcPattern(DutySubjects.instructionReceive, ReceiveDutyInstruction.Request)
  receiveInstruction(@Payload() request: ReceiveDutyInstruction.Request, @Caller() caller: CallerContext): Promise<ReceiveDutyInstruction.Reply> {
    return this.instructions.receive(request, caller);
  }

  @RpcPattern(DutySubjects.unitRosterFile, FileUnitRoster.Request)
  fileUnitRoster(@Payload() request: FileUnitRoster.Request, @Caller() caller: CallerContext): Promise<FileUnitRoster.Reply> {
    return this.unitRosters.file(request, caller);
  }

  @RpcPattern(DutySubjects.unitRosterRefile, RefileUnitRoster.Request)
  refileUnitRoster(@Payload() request: RefileUnitRoster.Request, @Caller() caller: CallerContext): Promise<RefileUnitRoster.Reply> {
    return this.unitRosters.refile(request, caller);
  }

  @RpcPattern(DutySubjects.unitRosterCheck, CheckUnitRoster.Request)
  checkUnitRoster(@Payload() request: CheckUnitRoster.Request, @Caller() caller: CallerContext): Promise<CheckUnitRoster.Reply> {
    return this.unitRosters.check(request, caller);
  }

  @RpcPattern(DutySubjects.unitRosterGet, GetUnitRoster.Request)
  getUnitRoster(@Payload() request: GetUnitRoster.Request, @Caller() caller: CallerContext): Promise<GetUnitRoster.Reply> {
    return this.unitRosters.get(request.id, caller);
  }

  @RpcPattern(DutySubjects.unitRosterList, ListUnitRosters.Request)
  listUnitRosters(@Payload() request: ListUnitRosters.Request, @Caller() caller: CallerContext): Promise<ListUnitRosters.Reply> {
    return this.unitRosters.list(request, caller);
  }
}
