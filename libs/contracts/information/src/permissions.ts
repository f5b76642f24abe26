/** Permission strings of information's capabilities; granted by the gateway migrations named after its modules. */
export const InformationPermissions = {
  /** Read every 报送信息 (the section, the office's leaders). */
  submissionsRead: 'submissions:read',
  /** Create, change and withdraw any 报送信息 (the section). */
  submissionsManage: 'submissions:manage',
  /** Create, change and withdraw one's own unit's 报送信息 (liaison staff). */
  submissionsOwn: 'submissions:own',
  /** Read every 约稿 (the section, the office's leaders). */
  solicitationsRead: 'solicitations:read',
  /** Create, change and withdraw any 约稿 (the section). */
  solicitationsManage: 'solicitations:manage',
  /** Create, change and withdraw one's own unit's 约稿 (liaison staff). */
  solicitationsOwn: 'solicitations:own',
  /** Read every 《博山政务信息》期刊 (the section, the office's leaders). */
  bulletinsRead: 'bulletins:read',
  /** Create, change and withdraw any 《博山政务信息》期刊 (the section). */
  bulletinsManage: 'bulletins:manage',
  /** 签发 a reviewed issue of 《博山政务信息》 (the office's leader): numbered and released, then immutable. */
  bulletinsSign: 'bulletins:sign',
  /** Read every 业绩考评 (the section, the office's leaders). */
  evaluationsRead: 'evaluations:read',
  /** Start a year's 业绩考评, adjust it with reasons and 定稿 it (the section). */
  evaluationsManage: 'evaluations:manage',
  /** Read every 培训 (the section, the office's leaders). */
  trainingsRead: 'trainings:read',
  /** Record training sessions and their attendance (the section). */
  trainingsManage: 'trainings:manage',
  /** Read every 上报登记 (the section, the office's leaders). */
  upwardReportsRead: 'upward-reports:read',
  /** Register what was sent upward and the feedback that came back (the section). */
  upwardReportsManage: 'upward-reports:manage',
  /** Read every 月度通报 (the section, the office's leaders). */
  monthlyNoticesRead: 'monthly-notices:read',
  /** Draft a month's 月度通报, send it for review (the section; the chief reviews), withdraw it with a reason. */
  monthlyNoticesManage: 'monthly-notices:manage',
  /** 签发 a reviewed 月度通报 (the office's leader): it then goes to document-secretariat to be numbered and issued. */
  monthlyNoticesSign: 'monthly-notices:sign',
} as const;
