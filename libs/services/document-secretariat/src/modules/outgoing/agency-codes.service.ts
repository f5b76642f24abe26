import { Injectable } from '@nestjs/common';
import { hasPermission, type CallerContext } from '@gov/contracts-common';
import { CommonDocumentErrors, OutgoingErrors, type AgencyCodeView, type UpdateAgencyCode } from '@gov/contracts-document-secretariat';
import { DomainError, Transactions } from '@gov/platform';
import { OutgoingRepository, type AgencyCodeRow } from './outgoing.repository.js';
import { OUTGOING_PROCESS } from './outgoing.policy.js';
import { agencyView } from './outgoing.views.js';

/** The 机关代字 registry kept by 文秘科科长; each change is a new version, and signed documents keep the version they used. */
@Injectable()
export class AgencyCodesService {
  constructor(
    private readonly documents: OutgoingRepository,
    private readonly transactions: Transactions,
  ) {}

  async agencyCodes(): Promise<AgencyCodeView[]> {
    return (await this.documents.agencyCodes()).map(agencyView);
  }

  /** 文秘科科长 keeps the 机关代字 table; each change is a new version, and signed documents keep the version they used. */
  async updateAgencyCode(request: UpdateAgencyCode.Request, caller: CallerContext): Promise<AgencyCodeView> {
    if (!hasPermission(caller, OUTGOING_PROCESS) || caller.sectionCode !== 'wenmi' || !caller.roles.includes('section_chief')) {
      throw new DomainError(OutgoingErrors.agencyCodeForbidden, '只有文秘科科长可以修改机关代字表');
    }
    return this.transactions.run(async (tx) => {
      const row = await this.documents.agencyCode(request.code, tx.manager, true);
      if (!row) throw new DomainError(OutgoingErrors.unknownAgencyCode, `机关代字“${request.code}”不在代字表中`);
      if (row.version !== request.expectedVersion) throw new DomainError(CommonDocumentErrors.versionConflict, `代字表已被他人修改（当前版本 ${row.version}），请刷新后重试`);
      const next: AgencyCodeRow = {
        ...row,
        ...(request.issuingBody !== undefined && { issuing_body: request.issuingBody.trim() }),
        ...(request.bodyNames !== undefined && { body_names: request.bodyNames.map((n) => n.trim()) }),
        ...(request.signerRoles !== undefined && { signer_roles: request.signerRoles }),
        ...(request.signerUserIds !== undefined && { signer_user_ids: request.signerUserIds }),
        ...(request.status !== undefined && { status: request.status }),
        effective_from: request.effectiveFrom,
        source: request.source.trim(),
        version: row.version + 1,
        updated_at: new Date(),
        updated_by: caller.username,
      };
      await this.documents.saveAgencyCode(next, tx.manager);
      return agencyView(next);
    });
  }
}
