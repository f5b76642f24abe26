import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import type { CallerContext } from '@gov/contracts-common';
import {
  AnswerSuggestionSigner,
  AssignSuggestion,
  ExtendSuggestion,
  GetSuggestion,
  ListAnswerCategories,
  ListSuggestionRules,
  ListSuggestions,
  MergeSuggestion,
  ReassignSuggestion,
  RecordSignerFeedback,
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
import { RpcPattern, Caller } from '@gov/platform';
import { SuggestionSettingsService } from './suggestion-settings.service.js';
import { SuggestionsService } from './suggestions.service.js';

@Controller()
export class SuggestionsRpcController {
  constructor(
    private readonly suggestions: SuggestionsService,
    private readonly settings: SuggestionSettingsService,
  ) {}

  @RpcPattern(SuggestionSubjects.register, RegisterSuggestion.Request)
  register(@Payload() request: RegisterSuggestion.Request, @Caller() caller: CallerContext): Promise<RegisterSuggestion.Reply> {
    return this.suggestions.register(request, caller);
  }

  @RpcPattern(SuggestionSubjects.assign, AssignSuggestion.Request)
  assign(@Payload() request: AssignSuggestion.Request, @Caller() caller: CallerContext): Promise<AssignSuggestion.Reply> {
    return this.suggestions.assign(request, caller);
  }

  @RpcPattern(SuggestionSubjects.reassign, ReassignSuggestion.Request)
  reassign(@Payload() request: ReassignSuggestion.Request, @Caller() caller: CallerContext): Promise<ReassignSuggestion.Reply> {
    return this.suggestions.reassign(request, caller);
  }

  @RpcPattern(SuggestionSubjects.returnAssignment, ReturnSuggestion.Request)
  returnAssignment(@Payload() request: ReturnSuggestion.Request, @Caller() caller: CallerContext): Promise<ReturnSuggestion.Reply> {
    return this.suggestions.returnAssignment(request, caller);
  }

  @RpcPattern(SuggestionSubjects.extend, ExtendSuggestion.Request)
  extend(@Payload() request: ExtendSuggestion.Request, @Caller() caller: CallerContext): Promise<ExtendSuggestion.Reply> {
    return this.suggestions.extend(request, caller);
  }

  @RpcPattern(SuggestionSubjects.submitOpinion, SubmitSuggestionOpinion.Request)
  submitOpinion(@Payload() request: SubmitSuggestionOpinion.Request, @Caller() caller: CallerContext): Promise<SubmitSuggestionOpinion.Reply> {
    return this.suggestions.submitOpinion(request, caller);
  }

  @RpcPattern(SuggestionSubjects.reply, ReplySuggestion.Request)
  reply(@Payload() request: ReplySuggestion.Request, @Caller() caller: CallerContext): Promise<ReplySuggestion.Reply> {
    return this.suggestions.reply(request, caller);
  }

  @RpcPattern(SuggestionSubjects.recordContact, RecordSuggestionContact.Request)
  recordContact(@Payload() request: RecordSuggestionContact.Request, @Caller() caller: CallerContext): Promise<RecordSuggestionContact.Reply> {
    return this.suggestions.recordContact(request, caller);
  }

  @RpcPattern(SuggestionSubjects.recordFeedback, RecordSuggestionFeedback.Request)
  recordFeedback(@Payload() request: RecordSuggestionFeedback.Request, @Caller() caller: CallerContext): Promise<RecordSuggestionFeedback.Reply> {
    return this.suggestions.recordFeedback(request, caller);
  }

  @RpcPattern(SuggestionSubjects.answerSigner, AnswerSuggestionSigner.Request)
  answerSigner(@Payload() request: AnswerSuggestionSigner.Request, @Caller() caller: CallerContext): Promise<AnswerSuggestionSigner.Reply> {
    return this.suggestions.answerSigner(request, caller);
  }

  @RpcPattern(SuggestionSubjects.recordSignerFeedback, RecordSignerFeedback.Request)
  recordSignerFeedback(@Payload() request: RecordSignerFeedback.Request, @Caller() caller: CallerContext): Promise<RecordSignerFeedback.Reply> {
    return this.suggestions.recordSignerFeedback(request, caller);
  }

  @RpcPattern(SuggestionSubjects.withdraw, WithdrawSuggestion.Request)
  withdraw(@Payload() request: WithdrawSuggestion.Request, @Caller() caller: CallerContext): Promise<WithdrawSuggestion.Reply> {
    return this.suggestions.withdraw(request, caller);
  }

  @RpcPattern(SuggestionSubjects.merge, MergeSuggestion.Request)
  merge(@Payload() request: MergeSuggestion.Request, @Caller() caller: CallerContext): Promise<MergeSuggestion.Reply> {
    return this.suggestions.merge(request, caller);
  }

  @RpcPattern(SuggestionSubjects.get, GetSuggestion.Request)
  get(@Payload() request: GetSuggestion.Request, @Caller() caller: CallerContext): Promise<GetSuggestion.Reply> {
    return this.suggestions.get(request.id, caller);
  }

  @RpcPattern(SuggestionSubjects.list, ListSuggestions.Request)
  list(@Payload() request: ListSuggestions.Request, @Caller() caller: CallerContext): Promise<ListSuggestions.Reply> {
    return this.suggestions.list(request, caller);
  }

  @RpcPattern(SuggestionSubjects.statistics, SuggestionStatistics.Request)
  statistics(@Payload() request: SuggestionStatistics.Request, @Caller() caller: CallerContext): Promise<SuggestionStatistics.Reply> {
    return this.suggestions.statistics(request, caller);
  }

  @RpcPattern(SuggestionSubjects.listRules, ListSuggestionRules.Request)
  listRules(@Payload() request: ListSuggestionRules.Request, @Caller() caller: CallerContext): Promise<ListSuggestionRules.Reply> {
    return this.settings.listRules(request, caller);
  }

  @RpcPattern(SuggestionSubjects.setRule, SetSuggestionRule.Request)
  setRule(@Payload() request: SetSuggestionRule.Request, @Caller() caller: CallerContext): Promise<SetSuggestionRule.Reply> {
    return this.settings.setRule(request, caller);
  }

  @RpcPattern(SuggestionSubjects.listCategories, ListAnswerCategories.Request)
  listCategories(@Payload() request: ListAnswerCategories.Request, @Caller() caller: CallerContext): Promise<ListAnswerCategories.Reply> {
    return this.settings.listCategories(request, caller);
  }

  @RpcPattern(SuggestionSubjects.setCategory, SetAnswerCategory.Request)
  setCategory(@Payload() request: SetAnswerCategory.Request, @Caller() caller: CallerContext): Promise<SetAnswerCategory.Reply> {
    return this.settings.setCategory(request, caller);
  }
}
