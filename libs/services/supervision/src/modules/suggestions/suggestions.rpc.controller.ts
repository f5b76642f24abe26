import { Injectable } from '@nestjs/common';
import type { CallerContext } from '@gov/contracts-common';
import {
  AssignSuggestion,
  ExtendSuggestion,
  GetSuggestion,
  ListAnswerCategories,
  ListSuggestionRules,
  ListSuggestions,
  MergeSuggestion,
  ReassignSuggestion,
  RecordSuggestionContact,
  RecordSuggestionFeedback,
  RegisterSuggestion,
  ReplySuggestion,
  ReturnSuggestion,
  SetAnswerCategory,
  SetSuggestionRule,
  SubmitSuggestionOpinion,
  SuggestionStatistics,
  SuggestionSubjects,
  WithdrawSuggestion,
} from '@gov/contracts-supervision';
import { RpcHandler } from '@gov/platform';
import { SuggestionsService } from './suggestions.service.js';

@Injectable()
export class SuggestionsRpcController {
  constructor(private readonly suggestions: SuggestionsService) {}

  @RpcHandler(SuggestionSubjects.register, RegisterSuggestion.Request)
  register(request: RegisterSuggestion.Request, caller: CallerContext): Promise<RegisterSuggestion.Reply> {
    return this.suggestions.register(request, caller);
  }

  @RpcHandler(SuggestionSubjects.assign, AssignSuggestion.Request)
  assign(request: AssignSuggestion.Request, caller: CallerContext): Promise<AssignSuggestion.Reply> {
    return this.suggestions.assign(request, caller);
  }

  @RpcHandler(SuggestionSubjects.reassign, ReassignSuggestion.Request)
  reassign(request: ReassignSuggestion.Request, caller: CallerContext): Promise<ReassignSuggestion.Reply> {
    return this.suggestions.reassign(request, caller);
  }

  @RpcHandler(SuggestionSubjects.returnAssignment, ReturnSuggestion.Request)
  returnAssignment(request: ReturnSuggestion.Request, caller: CallerContext): Promise<ReturnSuggestion.Reply> {
    return this.suggestions.returnAssignment(request, caller);
  }

  @RpcHandler(SuggestionSubjects.extend, ExtendSuggestion.Request)
  extend(request: ExtendSuggestion.Request, caller: CallerContext): Promise<ExtendSuggestion.Reply> {
    return this.suggestions.extend(request, caller);
  }

  @RpcHandler(SuggestionSubjects.submitOpinion, SubmitSuggestionOpinion.Request)
  submitOpinion(request: SubmitSuggestionOpinion.Request, caller: CallerContext): Promise<SubmitSuggestionOpinion.Reply> {
    return this.suggestions.submitOpinion(request, caller);
  }

  @RpcHandler(SuggestionSubjects.reply, ReplySuggestion.Request)
  reply(request: ReplySuggestion.Request, caller: CallerContext): Promise<ReplySuggestion.Reply> {
    return this.suggestions.reply(request, caller);
  }

  @RpcHandler(SuggestionSubjects.recordContact, RecordSuggestionContact.Request)
  recordContact(request: RecordSuggestionContact.Request, caller: CallerContext): Promise<RecordSuggestionContact.Reply> {
    return this.suggestions.recordContact(request, caller);
  }

  @RpcHandler(SuggestionSubjects.recordFeedback, RecordSuggestionFeedback.Request)
  recordFeedback(request: RecordSuggestionFeedback.Request, caller: CallerContext): Promise<RecordSuggestionFeedback.Reply> {
    return this.suggestions.recordFeedback(request, caller);
  }

  @RpcHandler(SuggestionSubjects.withdraw, WithdrawSuggestion.Request)
  withdraw(request: WithdrawSuggestion.Request, caller: CallerContext): Promise<WithdrawSuggestion.Reply> {
    return this.suggestions.withdraw(request, caller);
  }

  @RpcHandler(SuggestionSubjects.merge, MergeSuggestion.Request)
  merge(request: MergeSuggestion.Request, caller: CallerContext): Promise<MergeSuggestion.Reply> {
    return this.suggestions.merge(request, caller);
  }

  @RpcHandler(SuggestionSubjects.get, GetSuggestion.Request)
  get(request: GetSuggestion.Request, caller: CallerContext): Promise<GetSuggestion.Reply> {
    return this.suggestions.get(request.id, caller);
  }

  @RpcHandler(SuggestionSubjects.list, ListSuggestions.Request)
  list(request: ListSuggestions.Request, caller: CallerContext): Promise<ListSuggestions.Reply> {
    return this.suggestions.list(request, caller);
  }

  @RpcHandler(SuggestionSubjects.statistics, SuggestionStatistics.Request)
  statistics(request: SuggestionStatistics.Request, caller: CallerContext): Promise<SuggestionStatistics.Reply> {
    return this.suggestions.statistics(request, caller);
  }

  @RpcHandler(SuggestionSubjects.listRules, ListSuggestionRules.Request)
  listRules(request: ListSuggestionRules.Request, caller: CallerContext): Promise<ListSuggestionRules.Reply> {
    return this.suggestions.listRules(request, caller);
  }

  @RpcHandler(SuggestionSubjects.setRule, SetSuggestionRule.Request)
  setRule(request: SetSuggestionRule.Request, caller: CallerContext): Promise<SetSuggestionRule.Reply> {
    return this.suggestions.setRule(request, caller);
  }

  @RpcHandler(SuggestionSubjects.listCategories, ListAnswerCategories.Request)
  listCategories(request: ListAnswerCategories.Request, caller: CallerContext): Promise<ListAnswerCategories.Reply> {
    return this.suggestions.listCategories(request, caller);
  }

  @RpcHandler(SuggestionSubjects.setCategory, SetAnswerCategory.Request)
  setCategory(request: SetAnswerCategory.Request, caller: CallerContext): Promise<SetAnswerCategory.Reply> {
    return this.suggestions.setCategory(request, caller);
  }
}
