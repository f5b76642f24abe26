import type { FollowingSection } from '@gov/contracts-document-secretariat';

/**
 * Which secretary section follows a leader's 批示: 秘书一科 serves the 区长, 秘书二科 the deputy mayors (常务副区长 and
 * 副区长); everything else (office leaders, 党组成员) is followed by 文秘科.
 */
export function followingSectionFor(leaderTitle: string): FollowingSection {
  if (leaderTitle === '区长') return 'mishu_yi';
  if (leaderTitle.endsWith('副区长')) return 'mishu_er';
  return 'wenmi';
}
