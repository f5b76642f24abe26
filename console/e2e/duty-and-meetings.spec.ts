import { expect, test } from '@playwright/test';
import { apiAs, checkPage, signIn } from './support';

/** A time of day `days` from now, as ISO 8601 with +08:00 (the demo's 区政府 is in Asia/Shanghai). */
function dayAt(days: number, time: string): string {
  const date = new Date(Date.now() + days * 86_400_000 + 8 * 3_600_000).toISOString().slice(0, 10);
  return `${date}T${time}:00+08:00`;
}

test.describe('值班与会务', () => {
  // Two roles, four axe checks and a ticking clock: more than the default budget on a loaded CI machine.
  test.slow();

  test('值班员接报紧急事项：倒计时走动，登记初报后停止；字段错误以中文提示', async ({ page }) => {
    await signIn(page, 'zonghe_ky');
    await page.getByRole('menuitem', { name: '紧急事项' }).click();
    await expect(page.getByRole('heading', { name: '紧急事项' })).toBeVisible();
    // The demo's 储罐泄漏 was reported by phone at once: its 初报 clock is stopped, its 书面报告 clock runs.
    const demoRow = page.getByTestId('list-table').locator('tbody tr', { hasText: '石马镇一化工企业储罐泄漏' });
    await expect(demoRow.locator('[data-countdown="done"]')).toHaveText('已初报');
    await checkPage(page, 'duty-urgent-matters');

    await page.getByTestId('create-urgent').click();
    const dialog = page.getByRole('dialog', { name: '接报紧急事项' });
    await dialog.getByLabel('事项名称').fill('火');
    await dialog.getByLabel('基本情况').fill('博山镇一民房起火，消防救援力量已赶赴现场。');
    await dialog.getByTestId('form-submit').click();
    await expect(dialog.locator('[data-field="title"] .el-form-item__error')).toContainText('2 个字');
    await checkPage(page, 'duty-urgent-field-error');

    const title = `博山镇民房火情（测试${Date.now() % 100000}）`;
    await dialog.getByLabel('事项名称').fill(title);
    await dialog.getByTestId('form-submit').click();
    await expect(page.getByRole('heading', { name: title })).toBeVisible();
    const clock = page.getByTestId('initial-countdown');
    await expect(clock).toHaveAttribute('data-countdown', /running|soon/);
    const first = await clock.textContent();
    await expect(clock).not.toHaveText(first ?? '', { timeout: 5000 });
    await expect(clock).toContainText('剩余');
    await checkPage(page, 'duty-urgent-matter-countdown');

    await page.getByTestId('report-urgent').click();
    const report = page.getByRole('dialog', { name: '向领导报告' });
    await report.getByLabel('报告对象').fill('刘志强');
    await report.getByLabel('报告内容').fill('电话初报：火势已控制，无人员伤亡。');
    await report.getByTestId('form-submit').click();
    await expect(report).toBeHidden();
    await expect(clock).toHaveAttribute('data-countdown', 'done');
    await expect(page.getByTestId('reports-table')).toContainText('初报');
    await expect(page.getByTestId('timeline')).toContainText('向领导报告');
  });

  test('综合科安排政务活动：从领导名录选领导，领导日程冲突时指明冲突；在紧急事项上登记区长批示', async ({ page }) => {
    await signIn(page, 'zonghe_ky');
    await page.getByRole('menuitem', { name: '政务活动' }).click();
    await page.getByTestId('create-activity').click();
    const dialog = page.getByRole('dialog', { name: '安排政务活动、接待或请假外出' });
    const title = `调研池上镇乡村振兴（浏览器测试${Date.now() % 100000}）`;
    await dialog.getByLabel('标题').fill(title);
    // 22 days ahead at 14:00–16:00, the 区长 alone: a slot no demo entry uses.
    const day = new Date(Date.now() + 22 * 86_400_000 + 8 * 3_600_000).toISOString().slice(0, 10);
    await dialog.getByLabel('开始时间').fill(`${day} 14:00`);
    await dialog.getByLabel('开始时间').press('Enter');
    await dialog.getByLabel('结束时间').fill(`${day} 16:00`);
    await dialog.getByLabel('结束时间').press('Enter');
    await dialog.getByRole('combobox', { name: '参加领导' }).click({ force: true });
    await page.getByRole('option', { name: '刘志强' }).click();
    await dialog.getByLabel('地点').fill('池上镇');
    await dialog.getByTestId('form-submit').click();
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId('list-table')).toContainText(title);
    await checkPage(page, 'activities-scheduled');

    // The same slot again: refused, the clash named.
    await page.getByTestId('create-activity').click();
    await dialog.getByLabel('标题').fill(`${title}（重复）`);
    await dialog.getByLabel('开始时间').fill(`${day} 15:00`);
    await dialog.getByLabel('开始时间').press('Enter');
    await dialog.getByLabel('结束时间').fill(`${day} 17:00`);
    await dialog.getByLabel('结束时间').press('Enter');
    await dialog.getByRole('combobox', { name: '参加领导' }).click({ force: true });
    await page.getByRole('option', { name: '刘志强' }).click();
    await dialog.getByTestId('form-submit').click();
    await expect(dialog.getByTestId('form-error')).toContainText(title);
    await dialog.getByRole('button', { name: '取消' }).click();

    await page.getByRole('menuitem', { name: '紧急事项' }).click();
    await page.getByTestId('list-table').getByRole('link', { name: '石马镇一化工企业储罐泄漏' }).first().click();
    await page.getByTestId('record-instruction').click();
    const instruct = page.getByRole('dialog', { name: '登记领导批示' });
    await instruct.getByLabel('批示领导').fill('刘志强');
    await instruct.getByLabel('领导职务').fill('区长');
    await instruct.getByLabel('批示内容').fill('请应急管理局牵头，做好后续处置和隐患排查，及时报告。');
    await instruct.getByTestId('form-submit').click();
    await expect(page.getByRole('heading', { name: '值班批示详情' }).or(page.getByText('请应急管理局牵头，做好后续处置和隐患排查').first())).toBeVisible();
    await checkPage(page, 'duty-instruction-recorded');
  });

  test('会议从报批到区长批准：综合科报批，区长审批，状态与办理过程随之变化', async ({ page, request }) => {
    const zonghe = await apiAs(request, 'zonghe_ky');
    const title = `区长专题会议（测试${Date.now() % 100000}）`;
    const created = await request.post('/api/meetings', {
      ...zonghe,
      headers: { ...zonghe.headers, 'idempotency-key': crypto.randomUUID() },
      data: { kind: 'special_topic', classCode: 'class_one', title, startsAt: dayAt(9, '15:00'), endsAt: dayAt(9, '16:30'), location: '区政府三楼小会议室', leaders: [], attendeeUnitIds: [] },
    });
    expect(created.ok(), await created.text()).toBe(true);
    const { id } = (await created.json()) as { id: string };

    await signIn(page, 'zonghe_ky');
    await page.getByRole('menuitem', { name: '会议管理' }).click();
    await expect(page.getByRole('heading', { name: '会议管理' })).toBeVisible();
    await checkPage(page, 'meetings');
    await page.getByRole('link', { name: title }).click();
    await expect(page.getByRole('heading', { name: title })).toBeVisible();
    await expect(page.getByTestId('meeting-status')).toHaveText('拟办');
    await expect(page.getByTestId('send-notice')).toHaveCount(0);
    await page.getByTestId('submit-meeting').click();
    await page.getByRole('dialog', { name: '报批' }).getByRole('button', { name: '报批' }).click();
    await expect(page.getByTestId('meeting-status')).toHaveText('报批中');
    await checkPage(page, 'meeting-pending-approval');

    await page.getByTestId('user-menu').click();
    await page.getByText('退出登录').click();
    await expect(page).toHaveURL(/\/login/);
    await signIn(page, 'quzhang');
    await page.goto(`/meetings/${id}`);
    await expect(page.getByTestId('meeting-status')).toHaveText('报批中');
    await page.getByTestId('approve-meeting').click();
    const dialog = page.getByRole('dialog', { name: '审批会议' });
    await dialog.getByLabel('审批意见').fill('同意召开，请做好会务保障。');
    await dialog.getByTestId('form-submit').click();
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId('meeting-status')).toHaveText('已批准');
    await expect(page.getByTestId('timeline')).toContainText('审批：批准');
    await checkPage(page, 'meeting-approved');
  });
});

test.describe('值班批示、舆情、请销假与领导日程', () => {
  // The liaison answers the item 综合科 assigned in the first test.
  test.describe.configure({ mode: 'serial' });
  test.slow();

  test('综合科交办舆情，期限附计算过程；值班批示、请销假与领导日程可查阅', async ({ page, request }) => {
    // A newly collected item (the demo's own may have been assigned by an earlier run).
    const title = `网民反映某路段井盖缺失（浏览器测试${Date.now() % 100000}）`;
    const collected = await request.post('/api/opinion/items', {
      ...(await apiAs(request, 'zonghe_ky')),
      data: { title, source: 'hotline', level: 'general', summary: '12345热线转来，反映井盖缺失存在安全隐患。', foundAt: dayAt(0, '08:00') },
    });
    expect(collected.status(), await collected.text()).toBe(201);
    await signIn(page, 'zonghe_ky');
    await page.getByRole('menuitem', { name: '政务舆情' }).click();
    await expect(page.getByRole('heading', { name: '政务舆情', exact: true })).toBeVisible();
    await checkPage(page, 'opinion-items');
    await page.getByRole('combobox', { name: '状态' }).click({ force: true });
    await page.getByRole('option', { name: '已收集' }).click();
    await page.getByRole('button', { name: '查询' }).click();
    await page.getByTestId('list-table').getByRole('link', { name: title }).click();
    await expect(page.getByTestId('opinion-status')).toHaveText('已收集');
    await page.getByTestId('assign-opinion').click();
    const assign = page.getByRole('dialog', { name: '交办舆情' });
    await assign.getByRole('combobox', { name: '责任单位' }).click({ force: true });
    await page.getByRole('option', { name: /应急管理局/ }).first().click();
    await assign.getByTestId('form-submit').click();
    await expect(page.getByTestId('opinion-status')).toHaveText('已交办');
    await expect(page.locator('.due').first()).toHaveAttribute('aria-label', /期限 \d{4}-\d{2}-\d{2}/);
    await checkPage(page, 'opinion-item-assigned');

    await page.getByRole('menuitem', { name: '值班批示' }).click();
    await expect(page.getByRole('heading', { name: '值班批示', exact: true })).toBeVisible();
    await checkPage(page, 'duty-instructions');
    await page.getByRole('menuitem', { name: '请销假' }).click();
    await expect(page.getByRole('heading', { name: '请销假', exact: true })).toBeVisible();
    await expect(page.getByTestId('request-leave')).toBeVisible();
    await checkPage(page, 'leave');
    await page.getByRole('menuitem', { name: '领导日程' }).click();
    await expect(page.getByTestId('leader-calendar')).toBeVisible();
    await page.getByTestId('next-week').click();
    await expect(page.getByTestId('leader-calendar')).toBeVisible();
    await checkPage(page, 'leader-calendar');
  });

  test('联络员回应交办本单位的舆情', async ({ page }) => {
    await signIn(page, 'lly_yjj');
    await page.getByRole('menuitem', { name: '政务舆情' }).click();
    await expect(page.getByRole('heading', { name: '政务舆情', exact: true })).toBeVisible();
    const rows = page.getByTestId('list-table').locator('tbody tr', { hasText: '已交办' });
    await expect(rows.first()).toBeVisible();
    await rows.first().locator('a').first().click();
    await page.getByTestId('respond-opinion').click();
    const respond = page.getByRole('dialog', { name: '回应舆情' });
    await respond.getByLabel('回应情况').fill('已核实，属实部分已整改，并在政务网站发布回应。');
    await respond.getByTestId('form-submit').click();
    await expect(page.getByTestId('opinion-status')).toHaveText('已回应');
    await expect(page.getByTestId('opinion-response')).toContainText('已核实');
    await checkPage(page, 'opinion-item-responded');
  });
});
