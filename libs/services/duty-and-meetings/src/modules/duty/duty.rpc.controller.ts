import { Injectable } from '@nestjs/common';
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
import { RpcHandler } from '@gov/platform';
import { DutyLogService } from './duty-log.service.js';
import { InstructionsService } from './instructions.service.js';
import { RosterService } from './roster.service.js';
import { UnitRostersService } from './unit-rosters.service.js';
import { UrgentMattersService } from './urgent-matters.service.js';

@Injectable()
export class DutyRpcController {
  constructor(
    private readonly roster: RosterService,
    private readonly log: DutyLogService,
    private readonly urgent: UrgentMattersService,
    private readonly instructions: InstructionsService,
    private readonly unitRosters: UnitRostersService,
  ) {}

  @RpcHandler(DutySubjects.rosterCreate, CreateDutyDay.Request)
  createDay(request: CreateDutyDay.Request, caller: CallerContext): Promise<CreateDutyDay.Reply> {
    return this.roster.createDay(request, caller);
  }

  @RpcHandler(DutySubjects.rosterUpdate, UpdateDutyDay.Request)
  updateDay(request: UpdateDutyDay.Request, caller: CallerContext): Promise<UpdateDutyDay.Reply> {
    return this.roster.updateDay(request, caller);
  }

  @RpcHandler(DutySubjects.rosterGet, GetDutyDay.Request)
  getDay(request: GetDutyDay.Request, caller: CallerContext): Promise<GetDutyDay.Reply> {
    return this.roster.getDay(request.id, caller);
  }

  @RpcHandler(DutySubjects.rosterList, ListDutyDays.Request)
  listDays(request: ListDutyDays.Request, caller: CallerContext): Promise<ListDutyDays.Reply> {
    return this.roster.listDays(request, caller);
  }

  @RpcHandler(DutySubjects.swapRequest, RequestDutySwap.Request)
  requestSwap(request: RequestDutySwap.Request, caller: CallerContext): Promise<RequestDutySwap.Reply> {
    return this.roster.requestSwap(request, caller);
  }

  @RpcHandler(DutySubjects.swapDecide, DecideDutySwap.Request)
  decideSwap(request: DecideDutySwap.Request, caller: CallerContext): Promise<DecideDutySwap.Reply> {
    return this.roster.decideSwap(request, caller);
  }

  @RpcHandler(DutySubjects.swapList, ListDutySwaps.Request)
  listSwaps(request: ListDutySwaps.Request, caller: CallerContext): Promise<ListDutySwaps.Reply> {
    return this.roster.listSwaps(request, caller);
  }

  @RpcHandler(DutySubjects.handoverCreate, CreateHandover.Request)
  createHandover(request: CreateHandover.Request, caller: CallerContext): Promise<CreateHandover.Reply> {
    return this.roster.createHandover(request, caller);
  }

  @RpcHandler(DutySubjects.handoverList, ListHandovers.Request)
  listHandovers(request: ListHandovers.Request, caller: CallerContext): Promise<ListHandovers.Reply> {
    return this.roster.listHandovers(request, caller);
  }

  @RpcHandler(DutySubjects.logCreate, CreateDutyLog.Request)
  createLog(request: CreateDutyLog.Request, caller: CallerContext): Promise<CreateDutyLog.Reply> {
    return this.log.create(request, caller);
  }

  @RpcHandler(DutySubjects.logGet, GetDutyLog.Request)
  getLog(request: GetDutyLog.Request, caller: CallerContext): Promise<GetDutyLog.Reply> {
    return this.log.get(request.id, caller);
  }

  @RpcHandler(DutySubjects.logList, ListDutyLogs.Request)
  listLogs(request: ListDutyLogs.Request, caller: CallerContext): Promise<ListDutyLogs.Reply> {
    return this.log.list(request, caller);
  }

  @RpcHandler(DutySubjects.logUpdateHandling, UpdateDutyLogHandling.Request)
  updateLogHandling(request: UpdateDutyLogHandling.Request, caller: CallerContext): Promise<UpdateDutyLogHandling.Reply> {
    return this.log.updateHandling(request, caller);
  }

  @RpcHandler(DutySubjects.history, GetDutyHistory.Request)
  history(request: GetDutyHistory.Request, caller: CallerContext): Promise<GetDutyHistory.Reply> {
    return this.log.history(request, caller);
  }

  @RpcHandler(DutySubjects.ruleList, ListUrgentReportRules.Request)
  listRules(request: ListUrgentReportRules.Request, caller: CallerContext): Promise<ListUrgentReportRules.Reply> {
    return this.urgent.listRules(request, caller);
  }

  @RpcHandler(DutySubjects.ruleCreate, CreateUrgentReportRule.Request)
  createRule(request: CreateUrgentReportRule.Request, caller: CallerContext): Promise<CreateUrgentReportRule.Reply> {
    return this.urgent.createRule(request, caller);
  }

  @RpcHandler(DutySubjects.urgentCreate, CreateUrgentMatter.Request)
  createUrgent(request: CreateUrgentMatter.Request, caller: CallerContext): Promise<CreateUrgentMatter.Reply> {
    return this.urgent.create(request, caller);
  }

  @RpcHandler(DutySubjects.urgentGet, GetUrgentMatter.Request)
  getUrgent(request: GetUrgentMatter.Request, caller: CallerContext): Promise<GetUrgentMatter.Reply> {
    return this.urgent.get(request.id, caller);
  }

  @RpcHandler(DutySubjects.urgentList, ListUrgentMatters.Request)
  listUrgent(request: ListUrgentMatters.Request, caller: CallerContext): Promise<ListUrgentMatters.Reply> {
    return this.urgent.list(request, caller);
  }

  @RpcHandler(DutySubjects.urgentReport, ReportUrgentMatter.Request)
  reportUrgent(request: ReportUrgentMatter.Request, caller: CallerContext): Promise<ReportUrgentMatter.Reply> {
    return this.urgent.report(request, caller);
  }

  @RpcHandler(DutySubjects.instructionRecord, RecordDutyInstruction.Request)
  recordInstruction(request: RecordDutyInstruction.Request, caller: CallerContext): Promise<RecordDutyInstruction.Reply> {
    return this.instructions.record(request, caller);
  }

  @RpcHandler(DutySubjects.instructionGet, GetDutyInstruction.Request)
  getInstruction(request: GetDutyInstruction.Request, caller: CallerContext): Promise<GetDutyInstruction.Reply> {
    return this.instructions.get(request.id, caller);
  }

  @RpcHandler(DutySubjects.instructionRelay, RelayDutyInstruction.Request)
  relayInstruction(request: RelayDutyInstruction.Request, caller: CallerContext): Promise<RelayDutyInstruction.Reply> {
    return this.instructions.relay(request, caller);
  }

  @RpcHandler(DutySubjects.instructionList, ListDutyInstructions.Request)
  listInstructions(request: ListDutyInstructions.Request, caller: CallerContext): Promise<ListDutyInstructions.Reply> {
    return this.instructions.list(request, caller);
  }

  @RpcHandler(DutySubjects.instructionReceive, ReceiveDutyInstruction.Request)
  receiveInstruction(request: ReceiveDutyInstruction.Request, caller: CallerContext): Promise<ReceiveDutyInstruction.Reply> {
    return this.instructions.receive(request, caller);
  }

  @RpcHandler(DutySubjects.unitRosterFile, FileUnitRoster.Request)
  fileUnitRoster(request: FileUnitRoster.Request, caller: CallerContext): Promise<FileUnitRoster.Reply> {
    return this.unitRosters.file(request, caller);
  }

  @RpcHandler(DutySubjects.unitRosterRefile, RefileUnitRoster.Request)
  refileUnitRoster(request: RefileUnitRoster.Request, caller: CallerContext): Promise<RefileUnitRoster.Reply> {
    return this.unitRosters.refile(request, caller);
  }

  @RpcHandler(DutySubjects.unitRosterCheck, CheckUnitRoster.Request)
  checkUnitRoster(request: CheckUnitRoster.Request, caller: CallerContext): Promise<CheckUnitRoster.Reply> {
    return this.unitRosters.check(request, caller);
  }

  @RpcHandler(DutySubjects.unitRosterGet, GetUnitRoster.Request)
  getUnitRoster(request: GetUnitRoster.Request, caller: CallerContext): Promise<GetUnitRoster.Reply> {
    return this.unitRosters.get(request.id, caller);
  }

  @RpcHandler(DutySubjects.unitRosterList, ListUnitRosters.Request)
  listUnitRosters(request: ListUnitRosters.Request, caller: CallerContext): Promise<ListUnitRosters.Reply> {
    return this.unitRosters.list(request, caller);
  }
}
