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

/**
 * The section that follows a 批示 is the one serving the leader it is addressed to, not its writer: a 区长's 批示
 * "请王副区长阅处" goes to 秘书二科 (issue 21 §3). Without an addressed leader, the writer's section follows it.
 */
export function followingSectionOf(instruction: { leaderTitle: string; addressedLeaderTitle?: string | null }): FollowingSection {
  return followingSectionFor(instruction.addressedLeaderTitle || instruction.leaderTitle);
}
