/** The platform's deployable apps. The name is the NATS subject segment, the schema is its PostgreSQL schema. */
export const SERVICE_NAMES = [
  'duty-and-meetings',
  'document-secretariat',
  'supervision',
  'information',
  'disclosure',
  'foreign-affairs',
  'facilities-and-vehicles',
  'personnel-finance',
  'party-affairs',
] as const;
export type ServiceName = (typeof SERVICE_NAMES)[number];
export type AppName = ServiceName | 'gateway';

/** The section (科室) that each service serves, for the API document and the ping answer. */
export const SERVICE_TITLES: Record<AppName, string> = {
  gateway: 'API 网关',
  'duty-and-meetings': '综合科（区政府值班室）：联络、会务、值班、舆情、请销假',
  'document-secretariat': '文秘科、秘书一科、秘书二科：收文、发文、批示、印鉴、归档',
  supervision: '督查室、政府职能转变协调推进科：督办、建议提案、考核',
  information: '信息科：政务信息报送、约稿、《博山政务信息》',
  disclosure: '大数据科（政务公开科）：主动公开、依申请公开、年度报告',
  'foreign-affairs': '外事科：因公出国、外宾接待、涉外事务',
  'facilities-and-vehicles': '机关事务管理科（公务用车管理科）：公务用车、办公用房、后勤',
  'personnel-finance': '人事科（离退休干部科）、财务科：人事、财务、资产',
  'party-affairs': '机关党总支：党组织、党员、组织生活、党费',
};

export function schemaOf(app: AppName): string {
  return app.replace(/-/g, '_');
}

/** `rpc.<service>.<aggregate>.<verb>` */
export function rpcSubject(service: AppName, path: string): string {
  return `rpc.${service}.${path}`;
}

/** `evt.<service>.<aggregate>.<past-tense>` */
export function eventSubject(service: AppName, path: string): string {
  return `evt.${service}.${path}`;
}

export function streamOf(service: AppName): string {
  return `EVT_${service.replace(/-/g, '_').toUpperCase()}`;
}
