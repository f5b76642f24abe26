/** Permission strings of supervision's capabilities; granted by the gateway migration of the same name. */
export const SupervisionPermissions = {
  /** Read every supervision item, warning list and setting (督查室, 职能转变科, the office's and district leaders, 秘书科, 综合科). */
  supervisionRead: 'supervision:read',
  /** Read the items of one's own unit (liaison staff; the service checks the unit). */
  supervisionReadOwn: 'supervision:read-own',
  /** Register, assign, resolve units, decide extensions, 审核销号/退回 (督查室, 职能转变科). */
  supervisionManage: 'supervision:manage',
  /** A unit's own handling: 签收, progress, extension requests, completion reports (liaison staff). */
  supervisionReportOwn: 'supervision:report-own',
  /** Change the local rules: default time limit, warning threshold, assessment weights (督查室 chief). */
  supervisionConfigure: 'supervision:configure',
  /** Read assessment periods and ranked results. */
  assessmentRead: 'assessment:read',
  /** Open assessment periods and record adjustments (督查室). */
  assessmentManage: 'assessment:manage',
  // NPC suggestions and CPPCC proposals, plan filing, reform ledger (supb)
  /** Read every 建议/提案, its statistics and the handling rules (督查室, the office's and district leaders). */
  suggestionsRead: 'suggestions:read',
  /** Register, 交办, re-assign, extend, record the deputies' feedback; record on a unit's behalf (督查室). */
  suggestionsManage: 'suggestions:manage',
  /** A unit's own handling of the 建议/提案 assigned to it: return, opinion, reply, contact (liaison staff). */
  suggestionsHandleOwn: 'suggestions:handle-own',
  /** Change the deadline rules and the answer categories (督查室 chief). */
  suggestionsConfigure: 'suggestions:configure',
  /** Read every filed 督查活动计划 (督查室, the office's leaders). */
  supervisionPlansRead: 'supervision-plans:read',
  /** Approve or return filed plans; file on a unit's behalf (督查室). */
  supervisionPlansManage: 'supervision-plans:manage',
  /** File one's own unit's plans (liaison staff). */
  supervisionPlansFileOwn: 'supervision-plans:file-own',
  /** Read the reform ledger (放管服/“一次办好”台账). */
  reformRead: 'reform:read',
  /** Keep the reform ledger: tasks, inspections, verification, third-party evaluations (职能转变科). */
  reformManage: 'reform:manage',
  /** Read one's own unit's reform tasks and problems and report rectification (liaison staff). */
  reformHandleOwn: 'reform:handle-own',
} as const;
