import { Injectable } from '@nestjs/common';
import { CommonDocumentErrors } from '@gov/contracts-document-secretariat';
import { DomainError } from '@gov/platform';
import { UnitDirectory, type DirectoryUnit } from '@gov/read-model-units';

/** Units named on records come from the platform's unit directory (this service's read model of it). */
@Injectable()
export class KnownUnits {
  constructor(private readonly directory: UnitDirectory) {}

  /** The units, in the order given; an unknown or deactivated unit is a 400 naming the field. */
  async require(ids: readonly string[], field: string): Promise<DirectoryUnit[]> {
    const out: DirectoryUnit[] = [];
    for (const id of new Set(ids)) {
      const unit = await this.directory.findById(id);
      if (!unit) throw new DomainError(CommonDocumentErrors.unknownUnit, `${field}：单位 ${id} 不在单位通讯录中`);
      if (unit.status !== 'active') throw new DomainError(CommonDocumentErrors.unknownUnit, `${field}：单位“${unit.name}”已停用`);
      out.push(unit);
    }
    return out;
  }
}
