/** 差旅、会议 labels for the claim form and page (the caps themselves are the service's configuration; it checks them). */
export const TRAVEL_RANK_CLASS_LABELS: Record<string, string> = { provincial: '省部级', bureau: '厅局级', other: '县处级及以下人员' };

/** The destinations of the lodging table (configuration CLBZ-2025-01). */
export const DESTINATION_LABELS: Record<string, string> = {
  zibo: '淄博市',
  jinan: '济南市',
  qingdao: '青岛市',
  shandong_other: '山东省内其他市',
  beijing: '北京市',
  shanghai: '上海市',
  other: '省外其他地区',
};

export const MEETING_CATEGORY_LABELS: Record<string, string> = { first: '一类会议', second: '二类会议', third: '三类会议', fourth: '四类会议' };

export interface ClaimTrip {
  travellerName: string;
  rankClass: string;
  destination: string;
  departOn: string;
  returnOn: string;
  nights: number;
  lodgingFen: number;
  mealFen: number;
  transportFen: number;
}

export interface ClaimMeeting {
  category: string;
  days: number;
  attendees: number;
}

export interface ClaimStandardCheck {
  rule: string;
  unit: 'fen' | 'days';
  capFen: number;
  claimedFen: number;
  withinStandard: boolean;
}
