const OFFICE = '博山区人民政府办公室';

/** The form's values → the contract's fields (shared with the record's page). */
export function establishmentBody(values: Record<string, unknown>, unitNames: Record<string, string>): Record<string, unknown> {
  const unitId = values.unitId ? String(values.unitId) : null;
  const reported = values.reportedFilled === '' || values.reportedFilled === undefined || values.reportedFilled === null ? null : Number(values.reportedFilled);
  return {
    unitId,
    unitName: unitId ? (unitNames[unitId] ?? String(values.unitName ?? '')) : String(values.unitName || OFFICE),
    kind: values.kind,
    level: values.level,
    title: values.title,
    postTitles: String(values.postTitles ?? '').split(/[、，,]/).map((s) => s.trim()).filter(Boolean),
    approvedCount: Number(values.approvedCount),
    reportedFilled: unitId ? reported : null,
    basisNumber: values.basisNumber,
    basisDate: values.basisDate,
    ...(values.note ? { note: values.note } : {}),
  };
}
