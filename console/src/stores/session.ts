import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import { get, post, send, tokensOf, whenSessionEnds } from '@/api/http';
import { loadTokens, saveTokens } from '@/api/tokens';

export interface Me {
  id: string;
  username: string;
  displayName: string;
  roles: string[];
  permissions: string[];
  sectionCode: string | null;
  unitId: string | null;
  clearance: number;
  passwordChangeRequired: boolean;
  totpEnrolled: boolean;
}

export interface LoginReply {
  status: 'signed_in' | 'totp_enrollment_required';
  accessToken?: string;
  refreshToken?: string;
  expiresIn?: number;
  passwordChangeRequired?: boolean;
  enrollmentToken?: string;
  totpSecret?: string;
  otpauthUri?: string;
}

export const ROLE_LABELS: Record<string, string> = {
  sys_admin: '系统管理员',
  sec_admin: '安全保密管理员',
  audit_admin: '安全审计员',
  district_leader: '区政府领导',
  office_leader: '办公室领导',
  section_chief: '科室负责人',
  section_staff: '科室工作人员',
  unit_liaison: '单位联络员',
};

/** Who is signed in, with their permissions; sign-in, TOTP enrolment, password change and sign-out. */
export const useSession = defineStore('session', () => {
  const me = ref<Me | undefined>();
  const unitName = ref<string>('');
  const endedReason = ref<string>('');
  const signedIn = computed(() => Boolean(me.value));

  function can(...permissions: string[]): boolean {
    return permissions.length === 0 || permissions.some((p) => me.value?.permissions.includes(p));
  }

  async function loadMe(): Promise<Me | undefined> {
    if (!loadTokens()) return (me.value = undefined);
    me.value = await get<Me>('/api/auth/me');
    unitName.value = await describeUnit(me.value);
    return me.value;
  }

  async function describeUnit(who: Me): Promise<string> {
    if (who.unitId) {
      const unit = await get<{ name: string }>(`/api/units/${who.unitId}`).catch(() => undefined);
      if (unit?.name) return unit.name;
    }
    return '区政府办公室';
  }

  /** Signs in; the reply says whether an authenticator must be bound first. */
  async function login(username: string, password: string, totp?: string): Promise<LoginReply> {
    const reply = await post<LoginReply>('/api/auth/login', { username, password, ...(totp ? { totp } : {}) });
    if (reply.status === 'signed_in') await accept(reply);
    return reply;
  }

  async function enroll(enrollmentToken: string, code: string): Promise<LoginReply> {
    const reply = await post<LoginReply>('/api/auth/totp/enroll', { enrollmentToken, code });
    await accept(reply);
    return reply;
  }

  async function accept(reply: LoginReply): Promise<void> {
    saveTokens(tokensOf(reply));
    endedReason.value = '';
    await loadMe();
  }

  async function changePassword(currentPassword: string, newPassword: string): Promise<void> {
    await send('POST', '/api/auth/password', { body: { currentPassword, newPassword } });
    await loadMe();
  }

  async function logout(reason = ''): Promise<void> {
    if (loadTokens()) await send('POST', '/api/auth/logout').catch(() => undefined);
    saveTokens(undefined);
    me.value = undefined;
    endedReason.value = reason;
  }

  whenSessionEnds((reason) => {
    me.value = undefined;
    endedReason.value = reason;
  });

  return { me, unitName, endedReason, signedIn, can, loadMe, login, enroll, changePassword, logout };
});
